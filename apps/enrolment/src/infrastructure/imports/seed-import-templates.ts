import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ImportTemplates } from '../../application/ports/import-templates';
import { parseCsv } from '../../domain';
import { excel } from './exceljs';

export const TEMPLATE_FILE = 'worker-import-template.csv';

/** Columns typed as text in the XLSX template, so a spreadsheet never rounds them (see seed/README.md). */
const TEXT_COLUMNS = ['nik', 'kk_number', 'account_number', 'phone', 'bank_code', 'desa_code'];

/** The template shipped in the seed folder, as CSV and as an XLSX workbook built from it. */
export class SeedImportTemplates extends ImportTemplates {
  private xlsxBuffer?: Promise<Buffer>;

  constructor(private readonly template: Buffer) {
    super();
  }

  static load(seedDir: string): SeedImportTemplates {
    return new SeedImportTemplates(readFileSync(join(resolve(seedDir), TEMPLATE_FILE)));
  }

  csv(): Buffer {
    return this.template;
  }

  xlsx(): Promise<Buffer> {
    this.xlsxBuffer ??= this.buildXlsx();
    return this.xlsxBuffer;
  }

  private async buildXlsx(): Promise<Buffer> {
    const table = parseCsv(this.template.toString('utf8'));
    const workbook = new (excel().Workbook)();
    const sheet = workbook.addWorksheet('workers');
    sheet.columns = table.header.map((name) => ({
      header: name,
      key: name,
      width: Math.max(12, name.length + 4),
      style: TEXT_COLUMNS.includes(name) ? { numFmt: '@' } : {},
    }));
    for (const row of table.rows) sheet.addRow(table.header.map((name) => row.record[name] ?? ''));
    sheet.getRow(1).font = { bold: true };
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }
}
