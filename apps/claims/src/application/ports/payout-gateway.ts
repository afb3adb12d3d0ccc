/** What the bank is told to do. The key makes a repeated order a no-op at the bank. */
export interface TransferOrder {
  idempotencyKey: string;
  amount: number;
  bankCode: string;
  accountNumber: string;
  accountHolderName: string;
  /** Shown on the payee's statement: claim and component. */
  reference: string;
}

/** The bank's final word on a transfer. */
export interface TransferResult {
  idempotencyKey: string;
  status: 'completed' | 'rejected';
  /** The bank's transfer id; none when the bank refused the order without recording a transfer. */
  bankReference?: string;
  /** ISO instant the transfer completed (or was refused). */
  completedAt: string;
  /** Why a transfer was refused, e.g. ACCOUNT_CLOSED. */
  reason?: string;
}

/**
 * The outcome of a call is unknown: a timeout, a dropped connection or a 5xx. The transfer may or
 * may not have happened; only the bank can tell (lookup by key).
 */
export class BankUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BankUnavailableError';
  }
}

/**
 * The bank refused the order itself (e.g. HTTP 422 for an invalid beneficiary): nothing was executed
 * and the same order would be refused again. The payout worker records it as a refused transfer,
 * like a transfer the bank rejected, instead of retrying it.
 */
export class TransferRefusedError extends Error {
  constructor(
    /** The bank's error code (e.g. BENEFICIARY_INVALID), or HTTP_<status>. */
    readonly reason: string,
    message: string,
  ) {
    super(message);
    this.name = 'TransferRefusedError';
  }
}

/** The bank, as the payout worker needs it. Implementations must send the idempotency key with every order. */
export abstract class PayoutGateway {
  /** Orders a transfer; the same key always returns the first result. Throws BankUnavailableError or TransferRefusedError. */
  abstract send(order: TransferOrder): Promise<TransferResult>;
  /** What the bank knows under this key; undefined when it never received it. Throws BankUnavailableError. */
  abstract lookup(idempotencyKey: string): Promise<TransferResult | undefined>;
}
