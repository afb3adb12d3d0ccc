import { importProgress, importRunning } from './enrolment.types';

describe('an import job on the progress bar', () => {
  it('shows rows done of the total, whole percent, never past 100', () => {
    expect(importProgress({ status: 'running', total: 1_000, processed: 333 })).toBe(33);
    expect(importProgress({ status: 'running', total: 1_000, processed: 1_000 })).toBe(100);
    expect(importProgress({ status: 'completed', total: 1_000, processed: 990 })).toBe(100);
  });

  it('shows nothing done while the rows are not counted yet', () => {
    expect(importProgress({ status: 'queued', total: null, processed: 0 })).toBe(0);
  });

  it('is polled while queued or running only', () => {
    expect(
      ['queued', 'running', 'completed', 'failed'].filter((status) => importRunning({ status: status as never })),
    ).toEqual(['queued', 'running']);
  });
});
