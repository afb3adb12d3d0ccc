import { DOCUMENT_REQUIREMENTS } from './document-checklist.data';
import type { DomainError } from '@jaring/kernel';
import {
  assertDocumentsComplete,
  missingDocuments,
  requiredDocuments,
  type DocumentContext,
} from './document-checklist.rules';

const ids = (context: DocumentContext) => requiredDocuments(context).map((requirement) => requirement.id);

describe('requiredDocuments', () => {
  it('asks a JKK injury paid to the worker for the base set only', () => {
    expect(
      ids({
        programme: 'JKK',
        outcomeType: 'recovered',
        circumstances: { category: 'at-work', trafficAccident: false },
        payeeKind: 'worker',
      }),
    ).toEqual([
      'jkk-membership',
      'jkk-ktp',
      'jkk-stage-i',
      'jkk-stage-ii',
      'jkk-doctor',
      'jkk-chronology',
      'payee-savings-book',
    ]);
  });

  it('adds the police report for a traffic accident and police report or visum for violence', () => {
    expect(ids({ programme: 'JKK', circumstances: { category: 'commuting', trafficAccident: true } })).toContain(
      'jkk-traffic-police',
    );
    const violence = requiredDocuments({
      programme: 'JKK',
      circumstances: { category: 'violence-at-work', trafficAccident: false },
    });
    expect(violence.find((requirement) => requirement.id === 'jkk-violence-police-or-visum')?.accepts).toEqual([
      'POLICE_REPORT',
      'VISUM_ET_REPERTUM',
    ]);
  });

  it('adds receipts for each reimbursement claimed', () => {
    const context: DocumentContext = { programme: 'JKK', reimbursements: ['transport', 'glasses'] };
    expect(ids(context)).toEqual(expect.arrayContaining(['jkk-transport-receipts', 'jkk-glasses-receipt']));
    expect(ids(context)).not.toContain('jkk-care-receipts');
  });

  it('asks a JKM claim paid to a spouse for the marriage book and heir papers', () => {
    expect(ids({ programme: 'JKM', payeeKind: 'heir', heirRelationship: 'spouse' })).toEqual([
      'jkm-ktp-deceased',
      'death-certificate',
      'death-family-card',
      'death-ktp-heir',
      'death-heir-statement',
      'death-marriage-book',
      'payee-savings-book',
    ]);
  });

  it('asks for the will instead of the heir statement when a will beneficiary is paid', () => {
    const required = ids({ programme: 'JKM', payeeKind: 'heir', heirRelationship: 'will-beneficiary' });
    expect(required).toContain('death-will');
    expect(required).not.toContain('death-heir-statement');
  });

  it('asks a JKK death paid to a child for the heir papers as well as the JKK set, without a marriage book', () => {
    const required = ids({ programme: 'JKK', outcomeType: 'death', payeeKind: 'heir', heirRelationship: 'child' });
    expect(required).toEqual(expect.arrayContaining(['jkk-doctor', 'death-certificate', 'death-heir-statement']));
    expect(required).not.toContain('death-marriage-book');
    expect(required).not.toContain('jkm-ktp-deceased');
  });
});

describe('missingDocuments', () => {
  it('lists only the requirements no provided document satisfies', () => {
    const context: DocumentContext = { programme: 'JKM', payeeKind: 'funeral-arranger' };
    const missing = missingDocuments(context, ['KTP_DECEASED', 'DEATH_CERTIFICATE', 'PAYEE_SAVINGS_BOOK']);
    expect(missing.map((requirement) => requirement.id)).toEqual(['death-funeral-arranger']);
  });

  it('gives every requirement a source', () => {
    expect(DOCUMENT_REQUIREMENTS.every((requirement) => requirement.source.length > 0)).toBe(true);
  });
});

describe('the heir papers of a death before the heirs are known', () => {
  it('lists them from the start, marked as needed once the heirs are known, and does not count them missing', () => {
    const beforeHeirs = requiredDocuments({ programme: 'JKM' });
    const marked = beforeHeirs.filter((requirement) => requirement.neededOnceHeirsKnown).map((row) => row.id);
    expect(marked).toEqual(expect.arrayContaining(['death-ktp-heir', 'death-heir-statement']));
    expect(beforeHeirs.find((row) => row.id === 'death-certificate')?.neededOnceHeirsKnown).toBeUndefined();
    expect(missingDocuments({ programme: 'JKM' }, []).map((row) => row.id)).not.toContain('death-ktp-heir');
  });

  it('names the codes of every missing row in DOCUMENTS_MISSING', () => {
    const error = (() => {
      try {
        assertDocumentsComplete({ programme: 'JKM', payeeKind: 'heir', heirRelationship: 'spouse' }, ['KTP_DECEASED']);
      } catch (caught) {
        return caught as DomainError;
      }
      throw new Error('DOCUMENTS_MISSING expected');
    })();
    expect(error.code).toBe('DOCUMENTS_MISSING');
    expect(error.message).toContain('(DEATH_CERTIFICATE)');
    expect(error.details?.missing).toContain('MARRIAGE_BOOK');
  });
});
