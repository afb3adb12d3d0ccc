import { isUniqueViolation } from './postgres-errors';

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
