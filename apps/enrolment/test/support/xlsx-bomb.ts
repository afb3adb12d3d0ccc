import { constants, crc32, deflateRawSync } from 'node:zlib';

/** One part of a ZIP archive: its name, deflated bytes, and the CRC-32 and size of its content. */
interface ZipPart {
  readonly name: string;
  readonly deflated: Buffer;
  readonly crc: number;
  readonly size: number;
}

/**
 * What the bomb inflates to: tiny shared strings (800 MiB, ~49 million of them, by default), or
 * padding inside the worksheet (2 GiB by default). Either way the file is about 2.1 MB.
 */
export type BombKind = 'shared-strings' | 'worksheet-padding';
const DEFAULT_MEBIBYTES: Record<BombKind, number> = { 'shared-strings': 800, 'worksheet-padding': 2_048 };

const SHEET_HEADER = ['nik', 'full_name', 'birth_date', 'sex', 'address', 'desa_code', 'occupation'];
const MEBIBYTE = 1024 * 1024;

/**
 * An XLSX "bomb": a valid workbook of about 2 MB whose one part inflates to `mebibytes` MiB. The part is one megabyte of repetitive XML deflated once and its compressed block
 * repeated (each block ends with a full flush, so blocks never refer to one another), which is how
 * a hostile file of a few megabytes reaches gigabytes without anyone writing the gigabytes.
 */
export function xlsxBomb(kind: BombKind = 'shared-strings', mebibytes = DEFAULT_MEBIBYTES[kind]): Buffer {
  const sharedStrings =
    kind === 'shared-strings'
      ? repeatedPart(
          'xl/sharedStrings.xml',
          '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
          '<si><t>A</t></si>',
          '</sst>',
          mebibytes,
        )
      : xmlPart(
          'xl/sharedStrings.xml',
          '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>A</t></si></sst>',
        );
  const headerCells = SHEET_HEADER.map(
    (name, index) => `<c r="${String.fromCharCode(65 + index)}1" t="inlineStr"><is><t>${name}</t></is></c>`,
  ).join('');
  const sheetStart = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">${headerCells}</row>`;
  const sheet =
    kind === 'worksheet-padding'
      ? repeatedPart('xl/worksheets/sheet1.xml', sheetStart, ' ', '</sheetData></worksheet>', mebibytes)
      : xmlPart('xl/worksheets/sheet1.xml', `${sheetStart}</sheetData></worksheet>`);
  return zip([
    xmlPart(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    ),
    xmlPart(
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    xmlPart(
      'xl/workbook.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Daftar" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    xmlPart(
      'xl/_rels/workbook.xml.rels',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
    ),
    // Shared strings before the sheet, as Excel writes them: a reader caches them first.
    sharedStrings,
    sheet,
  ]);
}

function xmlPart(name: string, text: string): ZipPart {
  const content = Buffer.from(text, 'utf8');
  return { name, deflated: deflateRawSync(content), crc: crc32(content), size: content.length };
}

/** `start`, then `unit` repeated to `mebibytes` MiB, then `end`: deflated once per megabyte. */
function repeatedPart(name: string, start: string, unit: string, end: string, mebibytes: number): ZipPart {
  const megabyte = Buffer.from(unit.repeat(Math.floor(MEBIBYTE / unit.length)), 'utf8');
  const head = Buffer.from(start, 'utf8');
  const tail = Buffer.from(end, 'utf8');
  const block = deflateRawSync(megabyte, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  let crc = crc32(head);
  for (let index = 0; index < mebibytes; index += 1) crc = crc32(megabyte, crc);
  crc = crc32(tail, crc);
  const deflated = Buffer.concat([
    deflateRawSync(head, { finishFlush: constants.Z_FULL_FLUSH }),
    ...Array.from({ length: mebibytes }, () => block),
    deflateRawSync(tail),
  ]);
  return { name, deflated, crc, size: head.length + megabyte.length * mebibytes + tail.length };
}

/** A ZIP archive of deflated parts (no ZIP64: every size stays below 4 GiB). */
function zip(parts: readonly ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(part.crc >>> 0, 14);
    local.writeUInt32LE(part.deflated.length, 18);
    local.writeUInt32LE(part.size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, part.deflated);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(part.crc >>> 0, 16);
    central.writeUInt32LE(part.deflated.length, 20);
    central.writeUInt32LE(part.size >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + part.deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
