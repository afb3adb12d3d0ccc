import type { BankAccount } from '../../domain';

/**
 * requested: stored, never sent · sent: handed to the bank at least once, outcome not yet known ·
 * confirmed: the bank completed the transfer · failed: the bank refused it for good.
 */
export type PayoutStatus = 'requested' | 'sent' | 'confirmed' | 'failed';
export type PayoutPurpose = 'benefit' | 'late-payment-compensation' | 'scholarship';

/** One bank transfer: one payable line (or one scholarship school year) of one claim to one payee. Stored before the bank is called. */
export interface PayoutInstruction {
  idempotencyKey: string;
  claimId: string;
  tenant: string;
  purpose: PayoutPurpose;
  payeeId: string;
  payeeName: string;
  componentCode: string;
  amount: number;
  rule: string;
  bankAccount: BankAccount;
  status: PayoutStatus;
  attempts: number;
  /** When the worker should next look at it (a retry, or the end of a lease while a call is in flight). */
  nextAttemptAt?: Date;
  lastError?: string;
  bankReference?: string;
  /** The bank's completion instant (ISO). */
  completedAt?: string;
  failureReason?: string;
  createdAt: Date;
}

export interface RefusedFacilityLine {
  claimId: string;
  facilityCode: string;
  bankAccount: Pick<BankAccount, 'bankCode' | 'accountNumber'>;
}

export interface ClaimedInstruction {
  instruction: PayoutInstruction;
  /** It had been handed to the bank before: ask the bank first, never assume it was not received. */
  previouslySent: boolean;
}

/** Payout instructions inside a unit of work. */
export interface PayoutStore {
  /** Inserts new instructions; an existing key is left as it is (a replay changes nothing). */
  insert(instructions: readonly PayoutInstruction[]): Promise<void>;
  get(idempotencyKey: string, lock: boolean): Promise<PayoutInstruction | undefined>;
  ofClaim(claimId: string): Promise<PayoutInstruction[]>;
  update(instruction: PayoutInstruction): Promise<void>;
  /**
   * Takes up to `limit` due instructions (requested, or sent with an expired lease), skipping any
   * another worker holds, marks them sent with one more attempt and leases them until `leaseUntil`.
   * The caller's unit of work must commit before the bank is called.
   */
  claimDue(now: Date, limit: number, leaseUntil: Date): Promise<ClaimedInstruction[]>;
  /** Makes every sent instruction due now (at start: reconcile whatever was in flight when we stopped). */
  dueNowAllSent(now: Date): Promise<number>;
  /** Partner facilities' lines the bank refused that no later transfer replaced, with the account refused. */
  refusedFacilityLines(): Promise<RefusedFacilityLine[]>;
}
