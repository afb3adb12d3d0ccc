import { BankUnavailableError, TransferRefusedError } from '../../application/ports/payout-gateway';
import { HttpBankGateway } from './http-bank.gateway';

const ORDER = {
  idempotencyKey: 'a'.repeat(64),
  amount: 20_000_000,
  bankCode: '009',
  accountNumber: '0123456789',
  accountHolderName: 'HASNAH',
  reference: 'JARING 1234abcd JKM_LUMP_SUM',
};

const TRANSFER = {
  transferId: 'SBX-00000001',
  idempotencyKey: ORDER.idempotencyKey,
  status: 'completed',
  completedAt: '2026-03-13T02:00:00.000Z',
};

function answer(status: number, body?: object | string): Response {
  const text = body === undefined ? null : typeof body === 'string' ? body : JSON.stringify(body);
  return new Response(text, { status, headers: { 'content-type': 'application/json' } });
}

describe('HttpBankGateway', () => {
  const gateway = new HttpBankGateway('http://bank.test', 500);
  let fetchMock: jest.SpyInstance;

  beforeEach(() => {
    fetchMock = jest.spyOn(globalThis, 'fetch');
  });

  afterEach(() => fetchMock.mockRestore());

  async function failureOf(promise: Promise<unknown>): Promise<Error> {
    return promise.then(
      () => {
        throw new Error('expected the call to fail');
      },
      (error: Error) => error,
    );
  }

  it('treats a 422 refusing the beneficiary as a refused transfer with the bank’s code, not a retry', async () => {
    fetchMock.mockResolvedValueOnce(
      answer(422, { error: 'BENEFICIARY_INVALID', message: 'No account 0123456789 for HASNAH' }),
    );
    const error = await failureOf(gateway.send(ORDER));
    expect(error).toBeInstanceOf(TransferRefusedError);
    expect(error).toMatchObject({ reason: 'BENEFICIARY_INVALID' });
    // The bank's body may echo the payee: it never reaches the error (nor the logs).
    expect(error.message).not.toMatch(/HASNAH|0123456789/);
  });

  it('treats a 400 without a code as refused, with the HTTP status as its reason', async () => {
    fetchMock.mockResolvedValueOnce(answer(400, 'bad request'));
    await expect(gateway.send(ORDER)).rejects.toMatchObject({ name: 'TransferRefusedError', reason: 'HTTP_400' });
  });

  it('asks the bank by key when the key was used for another order, and returns what it holds', async () => {
    fetchMock
      .mockResolvedValueOnce(answer(422, { error: 'IDEMPOTENCY_KEY_REUSED' }))
      .mockResolvedValueOnce(answer(200, TRANSFER));
    await expect(gateway.send(ORDER)).resolves.toMatchObject({ status: 'completed', bankReference: 'SBX-00000001' });
  });

  it('keeps 409 (the key still being processed) and 429 as "outcome unknown"', async () => {
    fetchMock.mockResolvedValueOnce(answer(409, { error: 'IDEMPOTENCY_KEY_IN_USE' }));
    await expect(gateway.send(ORDER)).rejects.toBeInstanceOf(BankUnavailableError);
    fetchMock.mockResolvedValueOnce(answer(429));
    await expect(gateway.send(ORDER)).rejects.toBeInstanceOf(BankUnavailableError);
  });

  it('retries an answer that points at our own configuration (401) instead of refusing the payee', async () => {
    fetchMock.mockResolvedValueOnce(answer(401, { error: 'UNAUTHORIZED' }));
    const error = await failureOf(gateway.send(ORDER));
    expect(error).not.toBeInstanceOf(TransferRefusedError);
    expect(error).not.toBeInstanceOf(BankUnavailableError);
  });
});
