import type { OutgoingRecord } from './kafka-records';

/**
 * Bytes per produce request. A broker refuses a partition's record batch above `message.max.bytes`
 * (1 MiB by default), and one key's records all land in one partition: 500 coverage messages of one
 * invoice (~40 KB each) would make a 20 MB batch. Requests stay well under the limit instead.
 */
export const MAX_REQUEST_BYTES = 768 * 1024;

function sizeOf(record: OutgoingRecord): number {
  let size = Buffer.byteLength(record.value) + Buffer.byteLength(record.key) + 64;
  for (const [name, value] of Object.entries(record.headers ?? {})) size += name.length + Buffer.byteLength(value);
  return size;
}

/**
 * Splits records, in order, into consecutive groups of at most `maxBytes` (a record larger than
 * that travels alone; the broker decides about it). Sent one group after another on an idempotent
 * producer with one request in flight, the order of every key is kept.
 */
export function splitBySize(
  records: readonly OutgoingRecord[],
  maxBytes: number = MAX_REQUEST_BYTES,
): OutgoingRecord[][] {
  const groups: OutgoingRecord[][] = [];
  let current: OutgoingRecord[] = [];
  let bytes = 0;
  for (const record of records) {
    const size = sizeOf(record);
    if (current.length > 0 && bytes + size > maxBytes) {
      groups.push(current);
      current = [];
      bytes = 0;
    }
    current.push(record);
    bytes += size;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}
