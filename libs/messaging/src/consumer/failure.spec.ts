import { DomainError } from '@jaring/kernel';
import { classifyFailure, reasonOf } from './failure';

describe('consumer failures', () => {
  it('waits out a database that is read-only for a while (a replica promoted during failover)', () => {
    expect(
      classifyFailure(Object.assign(new Error('cannot execute INSERT in a read-only transaction'), { code: '25006' })),
    ).toBe('transient');
  });

  it('dead-letters a rule violation at once and gives a bug a few tries', () => {
    expect(classifyFailure(new DomainError('WORKER_ALREADY_TERMINATED', 'terminated'))).toBe('permanent');
    expect(classifyFailure(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe('unknown');
  });

  it('masks a NIK quoted by an error before it reaches dead-letter headers and logs', () => {
    const error = new Error('duplicate key: nik 7604011205900001 is enrolled already');
    expect(reasonOf(error)).toBe('duplicate key: nik 7604********0001 is enrolled already');
    expect(reasonOf(new DomainError('NIK_TAKEN', 'NIK 7604011205900001 belongs to another worker'))).toBe(
      'NIK_TAKEN: NIK 7604********0001 belongs to another worker',
    );
  });
});
