import {
  BankUnavailableError,
  PayoutGateway,
  type TransferOrder,
  type TransferResult,
} from '../../application/ports/payout-gateway';

/** The transfer as the bank's API returns it (the sandbox bank speaks the same). */
interface BankTransfer {
  transferId: string;
  idempotencyKey: string;
  status: 'completed' | 'rejected';
  reason?: string;
  completedAt: string;
}

/**
 * The bank's transfer API over HTTP (global fetch). Every order carries its idempotency key in the
 * `Idempotency-Key` header; the bank returns the first result for a repeated key. A timeout, a
 * connection failure, a 429 or a 5xx means "outcome unknown" (BankUnavailableError): the payout
 * worker asks the bank by key before it sends again.
 */
export class HttpBankGateway extends PayoutGateway {
  constructor(
    private readonly baseUrl: string,
    private readonly timeoutMs: number,
  ) {
    super();
  }

  async send(order: TransferOrder): Promise<TransferResult> {
    const response = await this.call(`/v1/transfers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': order.idempotencyKey },
      body: JSON.stringify({
        amount: order.amount,
        currency: 'IDR',
        beneficiary: { bankCode: order.bankCode, accountNumber: order.accountNumber, name: order.accountHolderName },
        reference: order.reference,
      }),
    });
    if (response.status === 200 || response.status === 201) return resultOf(await this.json<BankTransfer>(response));
    const body = await response.text().catch(() => '');
    if (response.status === 422 && body.includes('IDEMPOTENCY_KEY_REUSED')) {
      // The bank holds another order under this key: what it did with that one is the truth.
      const known = await this.lookup(order.idempotencyKey);
      if (known) return known;
    }
    throw new Error(`The bank refused the transfer request: HTTP ${response.status} ${body.slice(0, 200)}`);
  }

  async lookup(idempotencyKey: string): Promise<TransferResult | undefined> {
    const response = await this.call(`/v1/transfers/${encodeURIComponent(idempotencyKey)}`, { method: 'GET' });
    if (response.status === 404) return undefined;
    if (response.status === 200) return resultOf(await this.json<BankTransfer>(response));
    throw new Error(`The bank's transfer lookup failed: HTTP ${response.status}`);
  }

  private async call(path: string, init: RequestInit): Promise<Response> {
    let response: Response;
    try {
      response = await fetch(`${this.baseUrl}${path}`, { ...init, signal: AbortSignal.timeout(this.timeoutMs) });
    } catch (error) {
      const cause = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      throw new BankUnavailableError(`The bank did not answer (${cause})`);
    }
    if (response.status === 429 || response.status >= 500) {
      await response.body?.cancel().catch(() => undefined);
      throw new BankUnavailableError(`The bank answered HTTP ${response.status}`);
    }
    return response;
  }

  private async json<T>(response: Response): Promise<T> {
    try {
      return (await response.json()) as T;
    } catch (error) {
      // The body was cut off (e.g. a timeout while reading it): the outcome is unknown.
      throw new BankUnavailableError(`The bank's answer could not be read (${String(error)})`);
    }
  }
}

function resultOf(transfer: BankTransfer): TransferResult {
  return {
    idempotencyKey: transfer.idempotencyKey,
    status: transfer.status,
    bankReference: transfer.transferId,
    completedAt: transfer.completedAt,
    ...(transfer.reason ? { reason: transfer.reason } : {}),
  };
}
