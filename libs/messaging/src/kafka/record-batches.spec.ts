import type { OutgoingRecord } from './kafka-records';
import { splitBySize } from './record-batches';

const record = (key: string, bytes: number): OutgoingRecord => ({ topic: 't', key, value: 'x'.repeat(bytes) });

describe('splitting a relay batch into produce requests', () => {
  it('keeps small batches whole', () => {
    const records = [record('a', 100), record('b', 100)];
    expect(splitBySize(records, 10_000)).toEqual([records]);
  });

  it('splits large ones in order, each group under the limit, an oversized record alone', () => {
    const records = [record('a', 400), record('a', 400), record('a', 400), record('b', 2_000), record('a', 10)];
    const groups = splitBySize(records, 1_000);
    expect(groups.map((group) => group.map((r) => r.value.length))).toEqual([[400, 400], [400], [2_000], [10]]);
    expect(groups.flat()).toEqual(records);
  });

  it('returns nothing for nothing', () => {
    expect(splitBySize([])).toEqual([]);
  });
});
