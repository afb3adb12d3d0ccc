import type ExcelJS from 'exceljs';

/**
 * exceljs, loaded on the first XLSX upload or template download instead of at start: it is about
 * 35 MB of resident memory that a pod importing only CSV never needs.
 */
export function excel(): typeof ExcelJS {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('exceljs') as typeof ExcelJS;
}
