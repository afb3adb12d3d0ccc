import type { EntityManager } from 'typeorm';
import { copyRows, type CopyValue, isUniqueViolation } from '@jaring/persistence';
import type {
  FamilyMember,
  FamilyRelationship,
  Occupation,
  StatusHistoryEntry,
  WorkerSnapshot,
  WorkerStatus,
} from '../../domain';

/**
 * Set-based reads and writes of the worker tables (worker, worker_status_history, family_member):
 * each statement takes whole arrays through unnest(), so storing 1,000 workers is one INSERT, not
 * 1,000 (see notes/kafka-and-runtime.md: row-at-a-time writes are 40–100× slower).
 */

/** A worker row as read back: dates as text (never JS Dates, which would shift with the time zone). */
export interface WorkerRow {
  id: string;
  sponsor_id: string;
  tenant: string;
  nik: string;
  full_name: string;
  birth_date: string;
  sex: 'M' | 'F';
  address_line: string;
  desa_code: string;
  occupation: string;
  phone: string | null;
  kk_number: string | null;
  kk_since: string | null;
  bank_code: string | null;
  account_number: string | null;
  account_holder: string | null;
  declared_monthly_income: string;
  enrolment_date: string;
  coverage_start_date: string;
  status: string;
  duplicate_key: string;
  probable_duplicate_of: string[];
  prior_membership_start: string | null;
  prior_months_paid: number | null;
  prior_membership_proof: string | null;
}

interface FamilyRow {
  id: string;
  worker_id: string;
  relationship: string;
  nik: string;
  full_name: string;
  birth_date: string;
  sex: 'M' | 'F';
  married: boolean | null;
  working: boolean | null;
}

interface HistoryRow {
  worker_id: string;
  from_status: string | null;
  to_status: string;
  reason: string;
  actor: string;
  effective_date: string;
  recorded_at: Date;
  claim_id: string | null;
}

export const WORKER_COLUMNS = `w.id, w.sponsor_id, w.tenant, w.nik, w.full_name, w.birth_date::text AS birth_date, w.sex,
  w.address_line, w.desa_code, w.occupation, w.phone, w.kk_number, w.kk_since::text AS kk_since, w.bank_code,
  w.account_number, w.account_holder, w.declared_monthly_income, w.enrolment_date::text AS enrolment_date,
  w.coverage_start_date::text AS coverage_start_date, w.status, w.duplicate_key, w.probable_duplicate_of::text[] AS probable_duplicate_of,
  w.prior_membership_start::text AS prior_membership_start, w.prior_months_paid, w.prior_membership_proof`;

/** Loads workers' family members and status history and returns their full snapshots. */
export async function snapshotsOf(manager: EntityManager, rows: readonly WorkerRow[]): Promise<WorkerSnapshot[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const [family, history]: [FamilyRow[], HistoryRow[]] = await Promise.all([
    manager.query(
      `SELECT id, worker_id, relationship, nik, full_name, birth_date::text AS birth_date, sex, married, working
         FROM family_member WHERE worker_id = ANY($1::uuid[]) ORDER BY worker_id, position`,
      [ids],
    ),
    manager.query(
      `SELECT worker_id, from_status, to_status, reason, actor, effective_date::text AS effective_date, recorded_at,
              claim_id
         FROM worker_status_history WHERE worker_id = ANY($1::uuid[]) ORDER BY worker_id, id`,
      [ids],
    ),
  ]);
  const familyOf = groupBy(family, (row) => row.worker_id);
  const historyOf = groupBy(history, (row) => row.worker_id);
  return rows.map((row) => ({
    ...registrationOf(row),
    family: (familyOf.get(row.id) ?? []).map(toFamilyMember),
    history: (historyOf.get(row.id) ?? []).map(toHistoryEntry),
  }));
}

function registrationOf(row: WorkerRow): Omit<WorkerSnapshot, 'family' | 'history'> {
  return {
    workerId: row.id,
    sponsorId: row.sponsor_id,
    tenant: row.tenant,
    nik: row.nik,
    fullName: row.full_name,
    birthDate: row.birth_date,
    sex: row.sex,
    addressLine: row.address_line,
    desaCode: row.desa_code,
    occupation: row.occupation as Occupation,
    ...(row.phone === null ? {} : { phone: row.phone }),
    ...(row.kk_number === null || row.kk_since === null ? {} : { kk: { number: row.kk_number, since: row.kk_since } }),
    ...(row.bank_code === null || row.account_number === null || row.account_holder === null
      ? {}
      : {
          payoutAccount: { bankCode: row.bank_code, accountNumber: row.account_number, holderName: row.account_holder },
        }),
    declaredMonthlyIncome: Number(row.declared_monthly_income),
    enrolmentDate: row.enrolment_date,
    coverageStartDate: row.coverage_start_date,
    status: row.status as WorkerStatus,
    duplicateKey: row.duplicate_key,
    probableDuplicateOf: row.probable_duplicate_of,
    ...(row.prior_membership_start === null || row.prior_months_paid === null || row.prior_membership_proof === null
      ? {}
      : {
          priorMembership: {
            bpjsMembershipStart: row.prior_membership_start,
            monthsPaid: Number(row.prior_months_paid),
            proofDocument: row.prior_membership_proof,
          },
        }),
  };
}

function toFamilyMember(row: FamilyRow): FamilyMember {
  return {
    memberId: row.id,
    relationship: row.relationship as FamilyRelationship,
    nik: row.nik,
    fullName: row.full_name,
    birthDate: row.birth_date,
    sex: row.sex,
    ...(row.married === null ? {} : { married: row.married }),
    ...(row.working === null ? {} : { working: row.working }),
  };
}

function toHistoryEntry(row: HistoryRow): StatusHistoryEntry {
  return {
    from: row.from_status as WorkerStatus | null,
    to: row.to_status as WorkerStatus,
    reason: row.reason,
    actor: row.actor,
    at: row.recorded_at.toISOString(),
    effectiveDate: row.effective_date,
    ...(row.claim_id === null ? {} : { claimId: row.claim_id }),
  };
}

/** The columns both INSERT and UPDATE write, as one array per column. */
function columnArrays(snapshots: readonly WorkerSnapshot[]) {
  return {
    id: snapshots.map((s) => s.workerId),
    fullName: snapshots.map((s) => s.fullName),
    birthDate: snapshots.map((s) => s.birthDate),
    sex: snapshots.map((s) => s.sex),
    addressLine: snapshots.map((s) => s.addressLine),
    desaCode: snapshots.map((s) => s.desaCode),
    occupation: snapshots.map((s) => s.occupation),
    phone: snapshots.map((s) => s.phone ?? null),
    kkNumber: snapshots.map((s) => s.kk?.number ?? null),
    kkSince: snapshots.map((s) => s.kk?.since ?? null),
    bankCode: snapshots.map((s) => s.payoutAccount?.bankCode ?? null),
    accountNumber: snapshots.map((s) => s.payoutAccount?.accountNumber ?? null),
    accountHolder: snapshots.map((s) => s.payoutAccount?.holderName ?? null),
    income: snapshots.map((s) => s.declaredMonthlyIncome),
    status: snapshots.map((s) => s.status),
    duplicateKey: snapshots.map((s) => s.duplicateKey),
    // uuid[] per row cannot go through unnest (it flattens 2-D arrays): each travels as an array literal.
    probableDuplicateOf: snapshots.map((s) => `{${s.probableDuplicateOf.join(',')}}`),
  };
}

/**
 * Inserts new workers with their status history in one statement. A worker whose NIK is already
 * stored is skipped (ON CONFLICT DO NOTHING), with its history, so a race with another
 * registration never fails the whole batch; returns the ids actually inserted. Rows travel as one
 * JSON array per table (serialised natively, parsed once by PostgreSQL). New workers have no family yet.
 */
export async function insertWorkers(
  manager: EntityManager,
  snapshots: readonly WorkerSnapshot[],
  importId: string | null,
): Promise<Set<string>> {
  if (snapshots.length === 0) return new Set();
  const workers = jsonRecords(
    NEW_WORKER_COLUMNS,
    snapshots.map((s) => newWorkerValues(s, importId)),
  );
  const history = jsonRecords(HISTORY_COLUMNS, snapshots.flatMap(historyValues));
  const inserted: { id: string }[] = await manager.query(
    `WITH inserted AS (
       INSERT INTO worker (${columnList(NEW_WORKER_COLUMNS)})
       SELECT ${columnList(NEW_WORKER_COLUMNS)} FROM json_to_recordset($1::json) AS w (${typedColumnList(NEW_WORKER_COLUMNS)})
       ON CONFLICT (nik) DO NOTHING
       RETURNING id
     ), history AS (
       INSERT INTO worker_status_history (${columnList(HISTORY_COLUMNS)})
       SELECT ${columnList(HISTORY_COLUMNS)}
         FROM ROWS FROM (json_to_recordset($2::json) AS (${typedColumnList(HISTORY_COLUMNS)})) WITH ORDINALITY
           AS h (${columnList(HISTORY_COLUMNS)}, position)
        WHERE h.worker_id IN (SELECT id FROM inserted)
        ORDER BY h.position
     )
     SELECT id FROM inserted`,
    [workers, history],
  );
  return new Set(inserted.map((row) => row.id));
}

/**
 * Stores a bulk import's batch of new workers with their status history by COPY (with the outbox's
 * COPY, this halved PostgreSQL's CPU time of an import: bench/enrolment-import). The import has
 * already dropped every NIK stored before it read the batch; if another request enrolled one of
 * them since, the COPY fails on the unique NIK, its savepoint is rolled back, and the batch goes
 * through insertWorkers, which skips the taken NIKs. Returns the ids actually inserted.
 */
export async function copyNewWorkers(
  manager: EntityManager,
  snapshots: readonly WorkerSnapshot[],
  importId: string,
): Promise<Set<string>> {
  if (snapshots.length === 0) return new Set();
  await manager.query('SAVEPOINT copy_new_workers');
  try {
    await copyRows(
      manager,
      'worker',
      NEW_WORKER_COLUMNS.map(([name]) => name),
      snapshots.map((s) => newWorkerValues(s, importId)),
    );
    await copyRows(
      manager,
      'worker_status_history',
      HISTORY_COLUMNS.map(([name]) => name),
      snapshots.flatMap(historyValues),
    );
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    await manager.query('ROLLBACK TO SAVEPOINT copy_new_workers');
    return insertWorkers(manager, snapshots, importId);
  }
  await manager.query('RELEASE SAVEPOINT copy_new_workers');
  return new Set(snapshots.map((s) => s.workerId));
}

/** A column written for a new row, with its SQL type. */
type Column = readonly [name: string, type: string];

/** The worker columns a new worker is written with (INSERT and COPY alike); values: newWorkerValues. */
const NEW_WORKER_COLUMNS: readonly Column[] = [
  ['id', 'uuid'],
  ['sponsor_id', 'uuid'],
  ['tenant', 'text'],
  ['nik', 'text'],
  ['full_name', 'text'],
  ['birth_date', 'date'],
  ['sex', 'text'],
  ['address_line', 'text'],
  ['desa_code', 'text'],
  ['occupation', 'text'],
  ['phone', 'text'],
  ['kk_number', 'text'],
  ['kk_since', 'date'],
  ['bank_code', 'text'],
  ['account_number', 'text'],
  ['account_holder', 'text'],
  ['declared_monthly_income', 'bigint'],
  ['enrolment_date', 'date'],
  ['coverage_start_date', 'date'],
  ['status', 'text'],
  ['duplicate_key', 'text'],
  ['probable_duplicate_of', 'uuid[]'],
  ['prior_membership_start', 'date'],
  ['prior_months_paid', 'integer'],
  ['prior_membership_proof', 'text'],
  ['import_id', 'uuid'],
];

/** A new worker's values in the order of NEW_WORKER_COLUMNS. */
function newWorkerValues(s: WorkerSnapshot, importId: string | null): CopyValue[] {
  return [
    s.workerId,
    s.sponsorId,
    s.tenant,
    s.nik,
    s.fullName,
    s.birthDate,
    s.sex,
    s.addressLine,
    s.desaCode,
    s.occupation,
    s.phone,
    s.kk?.number,
    s.kk?.since,
    s.payoutAccount?.bankCode,
    s.payoutAccount?.accountNumber,
    s.payoutAccount?.holderName,
    s.declaredMonthlyIncome,
    s.enrolmentDate,
    s.coverageStartDate,
    s.status,
    s.duplicateKey,
    `{${s.probableDuplicateOf.join(',')}}`,
    s.priorMembership?.bpjsMembershipStart,
    s.priorMembership?.monthsPaid,
    s.priorMembership?.proofDocument,
    importId,
  ];
}

const HISTORY_COLUMNS: readonly Column[] = [
  ['worker_id', 'uuid'],
  ['from_status', 'text'],
  ['to_status', 'text'],
  ['reason', 'text'],
  ['actor', 'text'],
  ['effective_date', 'date'],
  ['recorded_at', 'timestamptz'],
  ['claim_id', 'uuid'],
];

/** A worker's status-history rows, each in the order of HISTORY_COLUMNS. */
function historyValues(s: WorkerSnapshot): CopyValue[][] {
  return s.history.map((entry) => [
    s.workerId,
    entry.from,
    entry.to,
    entry.reason,
    entry.actor,
    entry.effectiveDate,
    entry.at,
    entry.claimId,
  ]);
}

function columnList(columns: readonly Column[]): string {
  return columns.map(([name]) => name).join(', ');
}

function typedColumnList(columns: readonly Column[]): string {
  return columns.map(([name, type]) => `${name} ${type}`).join(', ');
}

/**
 * Rows as a JSON array of objects keyed by column, each stringified on its own (V8 does that far
 * faster than one huge array); a missing value becomes NULL in json_to_recordset.
 */
function jsonRecords(columns: readonly Column[], rows: readonly CopyValue[][]): string {
  const records = rows.map((values) =>
    JSON.stringify(Object.fromEntries(columns.map(([name], i) => [name, values[i]]))),
  );
  return `[${records.join(',')}]`;
}

/**
 * Writes what commands changed: the worker columns, a replaced family where it changed, and the
 * status-history entries appended since `before`.
 */
export async function saveChanges(
  manager: EntityManager,
  changes: readonly { before: WorkerSnapshot; after: WorkerSnapshot }[],
): Promise<void> {
  if (changes.length === 0) return;
  const c = columnArrays(changes.map((change) => change.after));
  await manager.query(
    `UPDATE worker AS w
        SET full_name = u.full_name, birth_date = u.birth_date, sex = u.sex, address_line = u.address_line,
            desa_code = u.desa_code, occupation = u.occupation, phone = u.phone, kk_number = u.kk_number,
            kk_since = u.kk_since, bank_code = u.bank_code, account_number = u.account_number,
            account_holder = u.account_holder, declared_monthly_income = u.income, status = u.status,
            duplicate_key = u.duplicate_key, probable_duplicate_of = u.probable_duplicate_of::uuid[], updated_at = now()
       FROM unnest($1::uuid[], $2::text[], $3::date[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                   $9::text[], $10::date[], $11::text[], $12::text[], $13::text[], $14::bigint[], $15::text[],
                   $16::text[], $17::text[])
            AS u (id, full_name, birth_date, sex, address_line, desa_code, occupation, phone, kk_number, kk_since,
                  bank_code, account_number, account_holder, income, status, duplicate_key, probable_duplicate_of)
      WHERE w.id = u.id`,
    [
      c.id,
      c.fullName,
      c.birthDate,
      c.sex,
      c.addressLine,
      c.desaCode,
      c.occupation,
      c.phone,
      c.kkNumber,
      c.kkSince,
      c.bankCode,
      c.accountNumber,
      c.accountHolder,
      c.income,
      c.status,
      c.duplicateKey,
      c.probableDuplicateOf,
    ],
  );
  await insertHistory(
    manager,
    changes.flatMap(({ before, after }) =>
      after.history.slice(before.history.length).map((entry) => ({ workerId: after.workerId, entry })),
    ),
  );
  const familyChanged = changes.filter(
    ({ before, after }) => JSON.stringify(before.family) !== JSON.stringify(after.family),
  );
  if (familyChanged.length > 0)
    await replaceFamilies(
      manager,
      familyChanged.map((change) => change.after),
    );
}

async function insertHistory(
  manager: EntityManager,
  entries: readonly { workerId: string; entry: StatusHistoryEntry }[],
): Promise<void> {
  if (entries.length === 0) return;
  await manager.query(
    `INSERT INTO worker_status_history (worker_id, from_status, to_status, reason, actor, effective_date, recorded_at, claim_id)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::date[], $7::timestamptz[],
                          $8::uuid[])`,
    [
      entries.map((e) => e.workerId),
      entries.map((e) => e.entry.from),
      entries.map((e) => e.entry.to),
      entries.map((e) => e.entry.reason),
      entries.map((e) => e.entry.actor),
      entries.map((e) => e.entry.effectiveDate),
      entries.map((e) => e.entry.at),
      entries.map((e) => e.entry.claimId ?? null),
    ],
  );
}

async function replaceFamilies(manager: EntityManager, snapshots: readonly WorkerSnapshot[]): Promise<void> {
  await manager.query(`DELETE FROM family_member WHERE worker_id = ANY($1::uuid[])`, [
    snapshots.map((s) => s.workerId),
  ]);
  const members = snapshots.flatMap((s) =>
    s.family.map((member, position) => ({ workerId: s.workerId, position, member })),
  );
  if (members.length === 0) return;
  await manager.query(
    `INSERT INTO family_member (id, worker_id, position, relationship, nik, full_name, birth_date, sex, married, working)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::text[], $5::text[], $6::text[], $7::date[], $8::text[],
                          $9::boolean[], $10::boolean[])`,
    [
      members.map((m) => m.member.memberId),
      members.map((m) => m.workerId),
      members.map((m) => m.position),
      members.map((m) => m.member.relationship),
      members.map((m) => m.member.nik),
      members.map((m) => m.member.fullName),
      members.map((m) => m.member.birthDate),
      members.map((m) => m.member.sex),
      members.map((m) => m.member.married ?? null),
      members.map((m) => m.member.working ?? null),
    ],
  );
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
