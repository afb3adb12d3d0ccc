import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { DEVELOPMENT_WEBHOOK_SECRET, signWebhook, WEBHOOK_SIGNATURE_HEADER } from '@jaring/kernel';
import type { AddressInfo } from 'node:net';

/**
 * A bank for development and tests: transfers kept in memory, keyed by idempotency key. A repeated
 * key returns the first result and never moves money again. An admin API injects the faults a real
 * bank shows — refusing service, timing out after (or before) executing, notifying twice, refusing
 * a transfer — so the payout worker's exactly-once behaviour can be exercised end to end.
 *
 *   POST /v1/transfers            Idempotency-Key header; { amount, currency, beneficiary { bankCode, accountNumber, name }, reference }
 *   GET  /v1/transfers/:key       the transfer under that key, or 404
 *   POST /admin/faults            { mode, count?, delayMs?, reason? } — applies to the next `count` transfer requests
 *   DELETE /admin/faults          clears pending faults
 *   POST /admin/accounts          { bankCode, accountNumber, holderName } — a known account (its name is checked)
 *   POST /admin/webhook           { url } — where transfer notifications go (null to stop)
 *   GET  /admin/transfers         every transfer, with request and execution counts
 *   POST /admin/reset             forgets everything
 *   GET  /health
 *
 * Fault modes:
 *   fail              503, nothing executed
 *   timeout           executes, then holds the reply for delayMs (default 30 s): the caller times out
 *   lose-request      executes nothing, holds the reply for delayMs, then 504
 *   answer-twice      executes, replies, and sends the notification twice
 *   reject            records the transfer as refused (reason, default ACCOUNT_CLOSED)
 *   refuse-order      records nothing and answers 422 (reason, default BENEFICIARY_INVALID)
 */

export type FaultMode = 'fail' | 'timeout' | 'lose-request' | 'answer-twice' | 'reject' | 'refuse-order';

export interface Fault {
  mode: FaultMode;
  delayMs?: number;
  reason?: string;
}

export interface Transfer {
  transferId: string;
  idempotencyKey: string;
  amount: number;
  currency: 'IDR';
  beneficiary: { bankCode: string; accountNumber: string; name: string };
  reference: string;
  status: 'completed' | 'rejected';
  reason?: string;
  createdAt: string;
  completedAt: string;
}

export interface SandboxBankOptions {
  webhookUrl?: string;
  /** Signs each notification (HMAC); the claims service refuses unsigned ones. */
  webhookSecret?: string;
  log?: (line: string) => void;
}

const FAULT_MODES: readonly FaultMode[] = ['fail', 'timeout', 'lose-request', 'answer-twice', 'reject', 'refuse-order'];
const MAX_BODY_BYTES = 64 * 1024;

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export class SandboxBank {
  private readonly transfers = new Map<string, Transfer>();
  private readonly accounts = new Map<string, string>();
  private readonly faults: Fault[] = [];
  private readonly pendingTimers = new Set<NodeJS.Timeout>();
  private transferRequests = 0;
  private sequence = 0;
  private webhookUrl?: string;
  private readonly webhookSecret: string;
  private server?: Server;
  private readonly log: (line: string) => void;

  constructor(options: SandboxBankOptions = {}) {
    this.webhookUrl = options.webhookUrl;
    this.webhookSecret = options.webhookSecret ?? DEVELOPMENT_WEBHOOK_SECRET;
    this.log = options.log ?? (() => undefined);
  }

  /** Starts listening; resolves with the base URL (port 0 picks a free port). */
  async listen(port: number, host = '127.0.0.1'): Promise<string> {
    const server = createServer((request, response) => void this.handle(request, response));
    server.keepAliveTimeout = 5_000;
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve());
    });
    const address = server.address() as AddressInfo;
    return `http://${host}:${address.port}`;
  }

  async close(): Promise<void> {
    for (const timer of this.pendingTimers) clearTimeout(timer);
    this.pendingTimers.clear();
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  // In-process access for tests (the same as the admin API).
  injectFault(fault: Fault, count = 1): void {
    for (let index = 0; index < count; index += 1) this.faults.push({ ...fault });
  }

  clearFaults(): void {
    this.faults.length = 0;
  }

  registerAccount(bankCode: string, accountNumber: string, holderName: string): void {
    this.accounts.set(`${bankCode}:${accountNumber}`, holderName);
  }

  setWebhook(url: string | undefined): void {
    this.webhookUrl = url;
  }

  listTransfers(): Transfer[] {
    return [...this.transfers.values()];
  }

  stats(): { transferRequests: number; executedTransfers: number; pendingFaults: number } {
    return {
      transferRequests: this.transferRequests,
      executedTransfers: this.transfers.size,
      pendingFaults: this.faults.length,
    };
  }

  reset(): void {
    this.transfers.clear();
    this.accounts.clear();
    this.clearFaults();
    this.transferRequests = 0;
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    try {
      const url = new URL(request.url ?? '/', 'http://bank');
      const path = url.pathname;
      if (request.method === 'GET' && path === '/health') return send(response, 200, { status: 'up' });
      if (request.method === 'POST' && path === '/v1/transfers') return await this.postTransfer(request, response);
      const transferMatch = /^\/v1\/transfers\/([^/]+)$/.exec(path);
      if (request.method === 'GET' && transferMatch) {
        const transfer = this.transfers.get(decodeURIComponent(transferMatch[1]!));
        return transfer ? send(response, 200, transfer) : send(response, 404, { error: 'TRANSFER_NOT_FOUND' });
      }
      if (path.startsWith('/admin/')) return await this.admin(request, response, path);
      send(response, 404, { error: 'NOT_FOUND' });
    } catch (error) {
      if (error instanceof HttpError)
        return send(response, error.status, { error: error.code, message: error.message });
      this.log(`sandbox bank: unexpected error ${String(error)}`);
      send(response, 500, { error: 'INTERNAL_ERROR' });
    }
  }

  private async postTransfer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    this.transferRequests += 1;
    const key = request.headers['idempotency-key'];
    if (typeof key !== 'string' || key.length < 1 || key.length > 128) {
      throw new HttpError(400, 'IDEMPOTENCY_KEY_REQUIRED', 'The Idempotency-Key header (1-128 characters) is required');
    }
    const body = validTransferRequest(await readJson(request));
    const fault = this.faults.shift();

    if (fault?.mode === 'fail') return send(response, 503, { error: 'SERVICE_UNAVAILABLE' });
    if (fault?.mode === 'refuse-order') {
      return send(response, 422, {
        error: fault.reason ?? 'BENEFICIARY_INVALID',
        message: 'The beneficiary is not valid',
      });
    }
    if (fault?.mode === 'lose-request') {
      return this.later(fault.delayMs ?? 30_000, () => send(response, 504, { error: 'GATEWAY_TIMEOUT' }));
    }

    const existing = this.transfers.get(key);
    if (existing) {
      if (!sameOrder(existing, body)) {
        throw new HttpError(422, 'IDEMPOTENCY_KEY_REUSED', 'This key was used for a different transfer');
      }
      return this.reply(response, fault, 200, existing, { 'idempotent-replayed': 'true' });
    }

    const now = new Date().toISOString();
    const knownHolder = this.accounts.get(`${body.beneficiary.bankCode}:${body.beneficiary.accountNumber}`);
    const refusal =
      fault?.mode === 'reject'
        ? (fault.reason ?? 'ACCOUNT_CLOSED')
        : knownHolder !== undefined && knownHolder.trim().toUpperCase() !== body.beneficiary.name.trim().toUpperCase()
          ? 'ACCOUNT_NAME_MISMATCH'
          : undefined;
    this.sequence += 1;
    const transfer: Transfer = {
      transferId: `SBX-${String(this.sequence).padStart(8, '0')}`,
      idempotencyKey: key,
      amount: body.amount,
      currency: 'IDR',
      beneficiary: body.beneficiary,
      reference: body.reference,
      status: refusal ? 'rejected' : 'completed',
      ...(refusal ? { reason: refusal } : {}),
      createdAt: now,
      completedAt: now,
    };
    this.transfers.set(key, transfer);
    this.notify(transfer, fault?.mode === 'answer-twice' ? 2 : 1);
    return this.reply(response, fault, 201, transfer);
  }

  private reply(
    response: ServerResponse,
    fault: Fault | undefined,
    status: number,
    transfer: Transfer,
    headers: Record<string, string> = {},
  ): void {
    if (fault?.mode === 'timeout')
      return this.later(fault.delayMs ?? 30_000, () => send(response, status, transfer, headers));
    send(response, status, transfer, headers);
  }

  private notify(transfer: Transfer, times: number): void {
    const url = this.webhookUrl;
    if (!url) return;
    for (let index = 0; index < times; index += 1) {
      this.later(20 * (index + 1), () => {
        const body = JSON.stringify({ idempotencyKey: transfer.idempotencyKey, status: transfer.status });
        fetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            [WEBHOOK_SIGNATURE_HEADER]: signWebhook(this.webhookSecret, body),
          },
          body,
          signal: AbortSignal.timeout(5_000),
        })
          .then((reply) => reply.body?.cancel())
          .catch((error: unknown) => this.log(`sandbox bank: notification failed: ${String(error)}`));
      });
    }
  }

  private later(ms: number, run: () => void): void {
    const timer = setTimeout(() => {
      this.pendingTimers.delete(timer);
      run();
    }, ms);
    this.pendingTimers.add(timer);
  }

  private async admin(request: IncomingMessage, response: ServerResponse, path: string): Promise<void> {
    const route = `${request.method} ${path}`;
    switch (route) {
      case 'POST /admin/faults': {
        const body = (await readJson(request)) as {
          mode?: unknown;
          count?: unknown;
          delayMs?: unknown;
          reason?: unknown;
        };
        if (!FAULT_MODES.includes(body.mode as FaultMode)) {
          throw new HttpError(400, 'FAULT_MODE_INVALID', `mode must be one of ${FAULT_MODES.join(', ')}`);
        }
        const count = body.count === undefined ? 1 : Number(body.count);
        if (!Number.isInteger(count) || count < 1)
          throw new HttpError(400, 'COUNT_INVALID', 'count must be a positive integer');
        this.injectFault(
          {
            mode: body.mode as FaultMode,
            ...(typeof body.delayMs === 'number' ? { delayMs: body.delayMs } : {}),
            ...(typeof body.reason === 'string' ? { reason: body.reason } : {}),
          },
          count,
        );
        return send(response, 201, { pendingFaults: this.faults });
      }
      case 'GET /admin/faults':
        return send(response, 200, { pendingFaults: this.faults });
      case 'DELETE /admin/faults':
        this.clearFaults();
        return send(response, 204);
      case 'POST /admin/accounts': {
        const body = (await readJson(request)) as Record<string, unknown>;
        for (const field of ['bankCode', 'accountNumber', 'holderName']) {
          if (typeof body[field] !== 'string' || !(body[field] as string).trim()) {
            throw new HttpError(400, 'ACCOUNT_INVALID', `${field} is required`);
          }
        }
        this.registerAccount(body.bankCode as string, body.accountNumber as string, body.holderName as string);
        return send(response, 201, { registered: true });
      }
      case 'POST /admin/webhook': {
        const body = (await readJson(request)) as { url?: unknown };
        this.setWebhook(typeof body.url === 'string' && body.url ? body.url : undefined);
        return send(response, 200, { url: this.webhookUrl ?? null });
      }
      case 'GET /admin/transfers':
        return send(response, 200, { ...this.stats(), transfers: this.listTransfers() });
      case 'POST /admin/reset':
        this.reset();
        return send(response, 204);
      default:
        throw new HttpError(404, 'NOT_FOUND', `No admin route ${route}`);
    }
  }
}

interface TransferRequest {
  amount: number;
  beneficiary: { bankCode: string; accountNumber: string; name: string };
  reference: string;
}

function validTransferRequest(body: unknown): TransferRequest {
  const candidate = body as Partial<TransferRequest> & { currency?: unknown };
  if (!Number.isSafeInteger(candidate?.amount) || (candidate.amount ?? 0) <= 0) {
    throw new HttpError(400, 'AMOUNT_INVALID', 'amount must be a positive whole number of rupiah');
  }
  if (candidate.currency !== 'IDR') throw new HttpError(400, 'CURRENCY_INVALID', "currency must be 'IDR'");
  const beneficiary = candidate.beneficiary;
  for (const field of ['bankCode', 'accountNumber', 'name'] as const) {
    if (typeof beneficiary?.[field] !== 'string' || !beneficiary[field].trim()) {
      throw new HttpError(400, 'BENEFICIARY_INVALID', `beneficiary.${field} is required`);
    }
  }
  return {
    amount: candidate.amount!,
    beneficiary: {
      bankCode: beneficiary!.bankCode,
      accountNumber: beneficiary!.accountNumber,
      name: beneficiary!.name,
    },
    reference: typeof candidate.reference === 'string' ? candidate.reference : '',
  };
}

function sameOrder(transfer: Transfer, order: TransferRequest): boolean {
  return (
    transfer.amount === order.amount &&
    transfer.beneficiary.bankCode === order.beneficiary.bankCode &&
    transfer.beneficiary.accountNumber === order.beneficiary.accountNumber
  );
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'BODY_TOO_LARGE', 'The request body is too large');
    chunks.push(chunk as Buffer);
  }
  if (size === 0) return {};
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, 'BODY_NOT_JSON', 'The request body is not JSON');
  }
}

function send(response: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}): void {
  if (response.writableEnded || response.destroyed) return; // the caller gave up (timed out)
  const payload = body === undefined ? '' : JSON.stringify(body);
  response.writeHead(status, {
    ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    'content-length': Buffer.byteLength(payload),
    ...headers,
  });
  response.end(payload);
}
