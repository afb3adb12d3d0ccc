import { createInflateRaw, inflateRawSync } from 'node:zlib';

/**
 * Counts the <row> elements of the first worksheet of an XLSX file without parsing its XML: the
 * progress total of an import, known before the (much slower) streaming parse starts. Reads the
 * ZIP central directory, inflates only that worksheet and counts row start tags as they stream
 * by. Returns undefined when the archive is not laid out as expected, so the caller can fall back.
 */
export async function countXlsxRows(content: Buffer): Promise<number | undefined> {
  const entries = readCentralDirectory(content);
  if (!entries) return undefined;
  const sheetPath = firstWorksheetPath(content, entries);
  const sheet = sheetPath === undefined ? undefined : entries.get(sheetPath);
  if (!sheet) return undefined;
  const data = entryData(content, sheet);
  if (!data) return undefined;
  if (sheet.method === 0) return countRowTags(data.toString('latin1'), 0);
  if (sheet.method !== 8) return undefined;
  return new Promise((resolve) => {
    const inflate = createInflateRaw();
    let rows = 0;
    let carry = '';
    inflate.on('data', (chunk: Buffer) => {
      const text = carry + chunk.toString('latin1');
      // A tag is decided once the character after '<row' is in; the last 4 characters wait for the next chunk.
      rows += countRowTags(text, 4);
      carry = text.slice(-4);
    });
    inflate.on('end', () => resolve(rows));
    inflate.on('error', () => resolve(undefined));
    inflate.end(data);
  });
}

export interface ZipEntry {
  readonly method: number;
  readonly compressedSize: number;
  readonly localHeaderOffset: number;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;

export function readCentralDirectory(content: Buffer): Map<string, ZipEntry> | undefined {
  let end = -1;
  for (let index = content.length - 22; index >= Math.max(0, content.length - 65_557); index -= 1) {
    if (content.readUInt32LE(index) === END_OF_CENTRAL_DIRECTORY) {
      end = index;
      break;
    }
  }
  if (end < 0) return undefined;
  const count = content.readUInt16LE(end + 10);
  let offset = content.readUInt32LE(end + 16);
  const entries = new Map<string, ZipEntry>();
  for (let index = 0; index < count; index += 1) {
    if (offset + 46 > content.length || content.readUInt32LE(offset) !== CENTRAL_FILE_HEADER) return undefined;
    const nameLength = content.readUInt16LE(offset + 28);
    const extraLength = content.readUInt16LE(offset + 30);
    const commentLength = content.readUInt16LE(offset + 32);
    entries.set(content.toString('utf8', offset + 46, offset + 46 + nameLength), {
      method: content.readUInt16LE(offset + 10),
      compressedSize: content.readUInt32LE(offset + 20),
      localHeaderOffset: content.readUInt32LE(offset + 42),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

export function entryData(content: Buffer, entry: ZipEntry): Buffer | undefined {
  const header = entry.localHeaderOffset;
  if (header + 30 > content.length || content.readUInt32LE(header) !== LOCAL_FILE_HEADER) return undefined;
  const start = header + 30 + content.readUInt16LE(header + 26) + content.readUInt16LE(header + 28);
  return content.subarray(start, start + entry.compressedSize);
}

/** The first sheet in workbook order, through xl/workbook.xml and its relationships. */
export function firstWorksheetPath(content: Buffer, entries: Map<string, ZipEntry>): string | undefined {
  const workbook = readSmallEntry(content, entries.get('xl/workbook.xml'));
  const relations = readSmallEntry(content, entries.get('xl/_rels/workbook.xml.rels'));
  const relationId = workbook && /<(?:\w+:)?sheet\b[^>]*\br:id="([^"]+)"/.exec(workbook)?.[1];
  if (relations && relationId) {
    for (const match of relations.matchAll(/<Relationship\b[^>]*>/g)) {
      if (!match[0].includes(`Id="${relationId}"`)) continue;
      const target = /Target="([^"]+)"/.exec(match[0])?.[1];
      if (target) return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    }
  }
  return [...entries.keys()].find((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
}

function readSmallEntry(content: Buffer, entry: ZipEntry | undefined): string | undefined {
  if (!entry) return undefined;
  const data = entryData(content, entry);
  if (!data) return undefined;
  if (entry.method === 0) return data.toString('utf8');
  try {
    // Workbook and relationship parts are a few kilobytes.
    return inflateRawSync(data).toString('utf8');
  } catch {
    return undefined;
  }
}

/** Row start tags beginning before the last `undecided` characters of the text. */
function countRowTags(text: string, undecided: number): number {
  const limit = text.length - undecided;
  let rows = 0;
  for (let index = text.indexOf('<row'); index !== -1 && index < limit; index = text.indexOf('<row', index + 4)) {
    if (isRowTag(text, index)) rows += 1;
  }
  return rows;
}

/** '<row>' or '<row ...', not '<rowBreaks' or similar. */
function isRowTag(text: string, index: number): boolean {
  if (!text.startsWith('<row', index)) return false;
  const next = text[index + 4];
  return next === ' ' || next === '>' || next === '/';
}
