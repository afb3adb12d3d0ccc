import { isTransactionConflict, isUniqueViolation, retryOnTransactionConflict } from './postgres-errors';

describe('isUniqueViolation', () => {
  const raw = { code: '23505', constraint: 'inbox_message_pkey' };
  const wrapped = { name: 'QueryFailedError', driverError: raw };

  it('recognises the error raised by pg and the one wrapped by TypeORM', () => {
    expect(isUniqueViolation(raw)).toBe(true);
    expect(isUniqueViolation(wrapped)).toBe(true);
  });

  it('checks the constraint when one is named', () => {
    expect(isUniqueViolation(raw, 'inbox_message_pkey')).toBe(true);
    expect(isUniqueViolation(wrapped, 'inbox_message_pkey')).toBe(true);
    expect(isUniqueViolation(raw, 'worker_nik_key')).toBe(false);
  });

  it('refuses other errors', () => {
    expect(isUniqueViolation({ code: '23503', constraint: 'inbox_message_pkey' })).toBe(false);
    expect(isUniqueViolation(new Error('Connection terminated'))).toBe(false);
    expect(isUniqueViolation(null)).toBe(false);
  });
});

describe('retryOnTransactionConflict', () => {
  const deadlock = { name: 'QueryFailedError', driverError: { code: '40P01' } };

  it('recognises deadlocks and serialization failures, raw or wrapped, and nothing else', () => {
    expect(isTransactionConflict(deadlock)).toBe(true);
    expect(isTransactionConflict({ code: '40001' })).toBe(true);
    expect(isTransactionConflict({ code: '23505' })).toBe(false);
    expect(isTransactionConflict(new Error('Connection terminated'))).toBe(false);
  });

  it('runs a transaction that lost a race again, and gives up after the attempts', async () => {
    let calls = 0;
    const winsSecond = () => (++calls < 2 ? Promise.reject(deadlock) : Promise.resolve('stored'));
    await expect(retryOnTransactionConflict(winsSecond)).resolves.toBe('stored');
    expect(calls).toBe(2);

    calls = 0;
    const alwaysLoses = () => {
      calls += 1;
      return Promise.reject(deadlock);
    };
    await expect(retryOnTransactionConflict(alwaysLoses, 3)).rejects.toBe(deadlock);
    expect(calls).toBe(3);
  });

  it('does not run it again for any other error', async () => {
    let calls = 0;
    const violation = { code: '23505' };
    const fails = () => {
      calls += 1;
      return Promise.reject(violation);
    };
    await expect(retryOnTransactionConflict(fails)).rejects.toBe(violation);
    expect(calls).toBe(1);
  });
});
