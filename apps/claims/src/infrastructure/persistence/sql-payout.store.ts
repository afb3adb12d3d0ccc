import type { EntityManager } from 'typeorm';
import type {
  ClaimedInstruction,
  PayoutInstruction,
  PayoutStatus,
  PayoutStore,
  RefusedFacilityLine,
} from '../../application/ports/payout.store';

interface InstructionRow {
  idempotency_key: string;
  claim_id: string;
  tenant: string;
  purpose: PayoutInstruction['purpose'];
  payee_id: string;
  payee_name: string;
  component_code: string;
  amount: string;
  rule: string;
  bank_code: string;
  account_number: string;
  account_holder: string;
  status: PayoutStatus;
  attempts: number;
  next_attempt_at: Date | null;
  last_error: string | null;
  bank_reference: string | null;
  completed_at: Date | null;
  failure_reason: string | null;
  created_at: Date;
}

const COLUMNS = `idempotency_key, claim_id, tenant, purpose, payee_id, payee_name, component_code, amount, rule, bank_code,
  account_number, account_holder, status, attempts, next_attempt_at, last_error, bank_reference, completed_at,
  failure_reason, created_at`;

function instructionOf(row: InstructionRow): PayoutInstruction {
  return {
    idempotencyKey: row.idempotency_key,
    claimId: row.claim_id,
    tenant: row.tenant,
    purpose: row.purpose,
    payeeId: row.payee_id,
    payeeName: row.payee_name,
    componentCode: row.component_code,
    amount: Number(row.amount),
    rule: row.rule,
    bankAccount: { bankCode: row.bank_code, accountNumber: row.account_number, holderName: row.account_holder },
    status: row.status,
    attempts: row.attempts,
    ...(row.next_attempt_at ? { nextAttemptAt: row.next_attempt_at } : {}),
    ...(row.last_error ? { lastError: row.last_error } : {}),
    ...(row.bank_reference ? { bankReference: row.bank_reference } : {}),
    ...(row.completed_at ? { completedAt: row.completed_at.toISOString() } : {}),
    ...(row.failure_reason ? { failureReason: row.failure_reason } : {}),
    createdAt: row.created_at,
  };
}

/** Payout instructions: written before the bank is called, settled only from the bank's answer. */
export class SqlPayoutStore implements PayoutStore {
  constructor(private readonly manager: EntityManager) {}

  async insert(instructions: readonly PayoutInstruction[]): Promise<void> {
    if (instructions.length === 0) return;
    await this.manager.query(
      `INSERT INTO payout_instruction (${COLUMNS})
       SELECT i->>'idempotencyKey', (i->>'claimId')::uuid, i->>'tenant', i->>'purpose', i->>'payeeId', i->>'payeeName',
              i->>'componentCode', (i->>'amount')::bigint, i->>'rule', i->'bankAccount'->>'bankCode',
              i->'bankAccount'->>'accountNumber', i->'bankAccount'->>'holderName', i->>'status', (i->>'attempts')::int,
              (i->>'nextAttemptAt')::timestamptz, NULL, NULL, NULL, NULL, (i->>'createdAt')::timestamptz
         FROM jsonb_array_elements($1::jsonb) AS i
       ON CONFLICT (idempotency_key) DO NOTHING`,
      [JSON.stringify(instructions)],
    );
  }

  async get(idempotencyKey: string, lock: boolean): Promise<PayoutInstruction | undefined> {
    const rows: InstructionRow[] = await this.manager.query(
      `SELECT ${COLUMNS} FROM payout_instruction WHERE idempotency_key = $1 ${lock ? 'FOR UPDATE' : ''}`,
      [idempotencyKey],
    );
    return rows[0] && instructionOf(rows[0]);
  }

  async ofClaim(claimId: string): Promise<PayoutInstruction[]> {
    const rows: InstructionRow[] = await this.manager.query(
      `SELECT ${COLUMNS} FROM payout_instruction WHERE claim_id = $1 ORDER BY created_at, component_code`,
      [claimId],
    );
    return rows.map(instructionOf);
  }

  async update(instruction: PayoutInstruction): Promise<void> {
    await this.manager.query(
      `UPDATE payout_instruction
          SET status = $2, attempts = $3, next_attempt_at = $4, last_error = $5, bank_reference = $6,
              completed_at = $7, failure_reason = $8, updated_at = now()
        WHERE idempotency_key = $1`,
      [
        instruction.idempotencyKey,
        instruction.status,
        instruction.attempts,
        instruction.nextAttemptAt ?? null,
        instruction.lastError ?? null,
        instruction.bankReference ?? null,
        instruction.completedAt ?? null,
        instruction.failureReason ?? null,
      ],
    );
  }

  async claimDue(now: Date, limit: number, leaseUntil: Date): Promise<ClaimedInstruction[]> {
    const rows: Array<InstructionRow & { previously_sent: boolean }> = await this.manager
      .query(
        `WITH due AS (
         SELECT idempotency_key, status = 'sent' AS previously_sent
           FROM payout_instruction
          WHERE status IN ('requested', 'sent') AND next_attempt_at <= $1
          ORDER BY next_attempt_at
          LIMIT $2
          FOR UPDATE SKIP LOCKED
       )
       UPDATE payout_instruction AS p
          SET status = 'sent', attempts = p.attempts + 1, next_attempt_at = $3, updated_at = now()
         FROM due
        WHERE p.idempotency_key = due.idempotency_key
       RETURNING ${COLUMNS.split(',')
         .map((column) => `p.${column.trim()}`)
         .join(', ')}, due.previously_sent`,
        [now, limit, leaseUntil],
      )
      .then((result: [InstructionRow[], number] | InstructionRow[]) =>
        // UPDATE ... RETURNING comes back as [rows, count] from TypeORM's postgres driver.
        Array.isArray(result[0]) ? (result[0] as never) : (result as never),
      );
    return rows.map((row) => ({ instruction: instructionOf(row), previouslySent: row.previously_sent }));
  }

  async refusedFacilityLines(): Promise<RefusedFacilityLine[]> {
    // The claim's snapshot says which lines still stand refused (a line sent again has no rejection).
    const rows: Array<{ claim_id: string; facility_code: string; bank_code: string; account_number: string }> =
      await this.manager.query(
        `SELECT c.id AS claim_id,
                l.line->'facility'->>'facilityCode' AS facility_code,
                l.line->'facility'->'bankAccount'->>'bankCode' AS bank_code,
                l.line->'facility'->'bankAccount'->>'accountNumber' AS account_number
           FROM claim AS c
          CROSS JOIN jsonb_array_elements(c.snapshot->'payout'->'lines') AS l(line)
          WHERE c.status IN ('payout-requested', 'paid')
            AND l.line ? 'facility'
            AND l.line ? 'rejection'`,
      );
    return rows.map((row) => ({
      claimId: row.claim_id,
      facilityCode: row.facility_code,
      bankAccount: { bankCode: row.bank_code, accountNumber: row.account_number },
    }));
  }

  async dueNowAllSent(now: Date): Promise<number> {
    const [, count]: [unknown, number] = await this.manager.query(
      `UPDATE payout_instruction SET next_attempt_at = $1, updated_at = now() WHERE status = 'sent'`,
      [now],
    );
    return count;
  }
}
