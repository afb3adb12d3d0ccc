import {
  BankUnavailableError,
  PayoutGateway,
  TransferRefusedError,
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
 * connection failure, a 408, 409 (the key is still being processed), 429 or 5xx means "outcome
 * unknown" (BankUnavailableError): the payout worker asks the bank by key before it sends again.
 * A 400 or 422 refuses the order itself (an invalid beneficiary): TransferRefusedError, never retried.
 * Other answers (401, 403, 404...) point at our configuration and are retried until someone fixes it.
 * Bodies are not copied into errors: they may echo the payee's name and account.
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
    const code = errorCodeOf(await response.text().catch(() => ''));
    if (response.status === 422 && code === 'IDEMPOTENCY_KEY_REUSED') {
      // The bank holds another order under this key: what it did with that one is the truth.
      const known = await this.lookup(order.idempotencyKey);
      if (known) return known;
      throw new Error('The bank holds another order under this key but does not show it');
    }
    if (response.status === 400 || response.status === 422) {
      throw new TransferRefusedError(
        code ?? `HTTP_${response.status}`,
        `The bank refused the transfer order: HTTP ${response.status} ${code ?? ''}`.trim(),
      );
    }
    throw new Error(`The bank did not accept the transfer request: HTTP ${response.status} ${code ?? ''}`.trim());
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
    if ([408, 409, 429].includes(response.status) || response.status >= 500) {
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

/** The `error` code of the bank's error body ({ error, message }), if it is a code and not free text. */
function errorCodeOf(body: string): string | undefined {
  try {
    const parsed = JSON.parse(body) as { error?: unknown };
    return typeof parsed.error === 'string' && /^[A-Z][A-Z0-9_]{0,63}$/.test(parsed.error) ? parsed.error : undefined;
  } catch {
    return undefined;
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
