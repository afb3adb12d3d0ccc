import { bearerIn } from '../../../test/support/tokens';
import { aMember, ClaimsTestApp, localDate, OFFICERS, type MemberBuilder } from './support/claims-test-app';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]);
const GIF = Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1');
const SCAN_LIMIT = 4_096;

describe('what the officer console needs of claims: scans, assignment, the dashboard (real PostgreSQL, Kafka)', () => {
  const claims = new ClaimsTestApp('claims_console', { DOCUMENT_SCAN_MAX_BYTES: String(SCAN_LIMIT) });

  beforeAll(async () => claims.start());
  afterAll(async () => claims.stop());

  const widowed = () => claims.seed(aMember().named('Sudirman').withFamilyMember('spouse', 'Hasnah', '1987-02-01'));

  const upload = (claimId: string, code: string, content: Buffer, fileName: string, token = OFFICERS.maker) =>
    claims
      .http()
      .post(`/v1/claims/${claimId}/documents/${code}/scans`)
      .set('Authorization', token)
      .attach('file', content, fileName);

  describe('document scans', () => {
    let worker: MemberBuilder;
    let claimId: string;

    beforeAll(async () => {
      worker = await widowed();
      claimId = await claims.reportDeath(worker, localDate(-3));
    });

    it('keeps a scan of a checklist document, counts the document received and serves the scan back, audited', async () => {
      const uploaded = await upload(claimId, 'DEATH_CERTIFICATE', PDF, 'akta kematian.pdf').expect(201);
      expect(uploaded.body).toMatchObject({
        code: 'DEATH_CERTIFICATE',
        fileName: 'akta kematian.pdf',
        contentType: 'application/pdf',
        sizeBytes: PDF.length,
      });
      const claim = await claims.claim(claimId);
      expect(claim.details.documentScans).toEqual([expect.objectContaining({ id: uploaded.body.id })]);
      expect(claim.checklist).toContainEqual(
        expect.objectContaining({ provided: true, satisfiedBy: ['DEATH_CERTIFICATE'] }),
      );

      const viewed = await claims
        .http()
        .get(`/v1/claims/${claimId}/documents/scans/${uploaded.body.id}`)
        .set('Authorization', OFFICERS.checker)
        .buffer(true)
        .parse((response, done) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => done(null, Buffer.concat(chunks)));
        })
        .expect(200);
      expect(viewed.headers['content-type']).toBe('application/pdf');
      expect(viewed.headers['content-disposition']).toBe("inline; filename*=UTF-8''akta%20kematian.pdf");
      expect(Buffer.compare(viewed.body as Buffer, PDF)).toBe(0);

      const audit = await claims.audit(claimId);
      expect(audit.map((row) => row.action)).toEqual(
        expect.arrayContaining(['attach-document-scan', 'view-document-scan']),
      );
      expect(audit.find((row) => row.action === 'view-document-scan')).toMatchObject({ actorId: 'officer-budi' });
    });

    it('refuses a file that is not a PDF, JPEG or PNG by its content, whatever its name', async () => {
      const refused = await upload(claimId, 'FAMILY_CARD', GIF, 'kk.png').expect(400);
      expect(refused.body).toMatchObject({ error: 'SCAN_TYPE_NOT_ALLOWED', violations: [{ field: 'file' }] });
    });

    it('refuses a file over the limit with 413 naming the limit', async () => {
      const refused = await upload(claimId, 'FAMILY_CARD', Buffer.concat([PNG, Buffer.alloc(SCAN_LIMIT)]), 'kk.png');
      expect(refused.status).toBe(413);
      expect(refused.body).toMatchObject({ error: 'FILE_TOO_LARGE', details: { limit: SCAN_LIMIT } });
      expect(refused.body.message).toContain('4,096 bytes');
    });

    it("refuses a document the claim's checklist does not ask for, and a missing file", async () => {
      const refused = await upload(claimId, 'POLICE_REPORT', PNG, 'polisi.png').expect(400);
      expect(refused.body).toMatchObject({ error: 'DOCUMENT_NOT_ON_CHECKLIST' });
      expect(refused.body.message).toContain('FAMILY_CARD');
      await claims
        .http()
        .post(`/v1/claims/${claimId}/documents/FAMILY_CARD/scans`)
        .set('Authorization', OFFICERS.maker)
        .expect(400, /FILE_REQUIRED/);
    });

    it("hides the claim and its scans from another regency's officer", async () => {
      const [scan] = (await claims.claim(claimId)).details.documentScans;
      const elsewhere = await bearerIn(['76.01'], 'officer-mamuju', 'claims-officer');
      await upload(claimId, 'FAMILY_CARD', PNG, 'kk.png', elsewhere).expect(404);
      await claims
        .http()
        .get(`/v1/claims/${claimId}/documents/scans/${scan.id}`)
        .set('Authorization', elsewhere)
        .expect(404);
    });
  });

  describe('assignment', () => {
    let claimId: string;

    beforeAll(async () => {
      claimId = await claims.reportDeath(await widowed(), localDate(-2));
    });

    const queueOf = async (token: string, assignedTo: string) =>
      (
        await claims.http().get('/v1/claims').query({ assignedTo }).set('Authorization', token).expect(200)
      ).body.items.map((item: { id: string }) => item.id);

    it('lets an officer take an unassigned claim into their own queue, and nobody else take it from them', async () => {
      expect(await queueOf(OFFICERS.maker, 'none')).toContain(claimId);
      const taken = await claims.act('post', `/v1/claims/${claimId}/assignment`).expect(200);
      expect(taken.body.assignedTo).toBe('officer-andi');
      expect(await queueOf(OFFICERS.maker, 'me')).toEqual([claimId]);
      expect(await queueOf(OFFICERS.checker, 'me')).toEqual([]);
      expect(await queueOf(OFFICERS.maker, 'none')).not.toContain(claimId);

      const again = await claims.act('post', `/v1/claims/${claimId}/assignment`, {}, OFFICERS.checker).expect(409);
      expect(again.body).toMatchObject({ error: 'CLAIM_ALREADY_ASSIGNED', details: { assignedTo: 'officer-andi' } });
      const handedOver = await claims
        .act('post', `/v1/claims/${claimId}/assignment`, { officerId: 'officer-budi' })
        .expect(403);
      expect(handedOver.body).toMatchObject({ error: 'ASSIGNMENT_NOT_ALLOWED' });
    });

    it('lets a supervisor move the claim to another officer, audited', async () => {
      await claims
        .act('post', `/v1/claims/${claimId}/assignment`, { officerId: 'officer-budi' }, OFFICERS.supervisor)
        .expect(200);
      expect(await queueOf(OFFICERS.checker, 'me')).toEqual([claimId]);
      expect((await claims.claim(claimId)).assignedTo).toBe('officer-budi');
      const rows = (await claims.audit(claimId)).filter((row) => row.action === 'assign-claim');
      expect(rows.map((row) => [row.actorId, row.before, row.after])).toEqual([
        ['officer-andi', { assignedTo: null }, { assignedTo: 'officer-andi' }],
        ['supervisor-citra', { assignedTo: 'officer-andi' }, { assignedTo: 'officer-budi' }],
      ]);
    });
  });

  describe("the supervisor's dashboard", () => {
    const dashboard = async () =>
      (await claims.http().get('/v1/claims/dashboard').set('Authorization', OFFICERS.supervisor).expect(200)).body;

    it('is for supervisors only', async () => {
      await claims.http().get('/v1/claims/dashboard').set('Authorization', OFFICERS.maker).expect(403);
    });

    it('counts claims by state, against the 7/3-working-day deadline, and the payouts of this month', async () => {
      const before = await dashboard();
      const jkm = (body: typeof before) => body.deadlines.find((row: { programme: string }) => row.programme === 'JKM');

      // Completed three weeks ago and never paid: past its 3 working days.
      const late = await widowed();
      claims.clock.pinTo(localDate(-21));
      const overdueId = await claims.reportDeath(late, localDate(-25));
      await claims.spouseAsPayee(overdueId, late);
      await claims.completeDocuments(overdueId);
      claims.clock.release();

      const paid = await widowed();
      const paidId = await claims.reportDeath(paid, localDate(-1));
      await claims.spouseAsPayee(paidId, paid);
      await claims.documentVerifyAssess(paidId);
      await claims.approveAndPayHeir(paidId, OFFICERS.checker, 'HASNAH');

      const after = await dashboard();
      expect(after.asOf).toBe(localDate());
      expect(jkm(after)).toMatchObject({
        paymentWorkingDays: 3,
        openOverdue: jkm(before).openOverdue + 1,
        paidOnTime: jkm(before).paidOnTime + 1,
      });
      expect(jkm(after).rule).toMatch(/PP/);
      expect(after.deadlines.find((row: { programme: string }) => row.programme === 'JKK').paymentWorkingDays).toBe(7);
      const thisMonth = localDate().slice(0, 7);
      expect(after.payoutsPerMonth).toEqual([{ month: thisMonth, payouts: expect.any(Number), amount: 42_000_000 }]);
      const closed = (body: typeof before) =>
        body.byState.find(
          (row: { programme: string; status: string }) => row.programme === 'JKM' && row.status === 'closed',
        )?.count ?? 0;
      expect(closed(after)).toBe(closed(before) + 1);
    });

    it("counts only the supervisor's regencies", async () => {
      const elsewhere = await bearerIn(['76.01'], 'supervisor-mamuju', 'claims-supervisor');
      const body = (await claims.http().get('/v1/claims/dashboard').set('Authorization', elsewhere).expect(200)).body;
      expect(body.byState).toEqual([]);
      expect(body.payoutsPerMonth).toEqual([]);
    });
  });
});
