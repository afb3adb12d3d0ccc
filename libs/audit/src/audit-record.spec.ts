import { auditHash, canonicalJson, changedFields, GENESIS_HASH, type AuditRecord } from './audit-record';

const CONTENT: Omit<AuditRecord, 'hash'> = {
  seq: 1,
  at: '2026-04-10T03:00:00.000Z',
  actorSubject: 'officer-andi',
  actorRoles: ['claims-officer'],
  action: 'verify',
  entityType: 'claim',
  entityId: 'claim-1',
  fromStatus: 'documents-complete',
  toStatus: 'verified',
  before: { status: 'documents-complete' },
  after: { status: 'verified', verifiedBy: 'officer-andi' },
  requestId: 'req-1',
  reason: null,
  prevHash: GENESIS_HASH,
};

describe('audit record hashing', () => {
  it('writes JSON with sorted keys at every depth, as jsonb gives it back', () => {
    expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: undefined }, e: new Date(0) })).toBe(
      '{"a":{"d":[{"y":2,"z":1}]},"b":1,"e":"1970-01-01T00:00:00.000Z"}',
    );
  });

  it('pins the recipe: the same content always gives this hash (stored chains depend on it)', () => {
    expect(auditHash(CONTENT)).toBe(
      auditHash({ ...CONTENT, after: { verifiedBy: 'officer-andi', status: 'verified' } }),
    );
    expect(auditHash(CONTENT)).toMatch(/^[0-9a-f]{64}$/);
    expect(auditHash(CONTENT)).toBe('ad1e4aed3c9c6db786d6a746cec8cee7422193c52ebeb537009e7f14cb159d37');
  });

  it('changes with any field, the sequence number and the previous hash', () => {
    const hash = auditHash(CONTENT);
    expect(auditHash({ ...CONTENT, seq: 2 })).not.toBe(hash);
    expect(auditHash({ ...CONTENT, actorSubject: 'officer-budi' })).not.toBe(hash);
    expect(auditHash({ ...CONTENT, after: { status: 'verified', verifiedBy: 'officer-budi' } })).not.toBe(hash);
    expect(auditHash({ ...CONTENT, prevHash: 'f'.repeat(64) })).not.toBe(hash);
  });

  it('keeps only the changed fields, before and after', () => {
    expect(
      changedFields({ a: 1, b: { c: 2 }, audit: [1] }, { a: 1, b: { c: 3 }, d: 'new', audit: [1, 2] }, ['audit']),
    ).toEqual({
      before: { b: { c: 2 }, d: null },
      after: { b: { c: 3 }, d: 'new' },
    });
  });
});
