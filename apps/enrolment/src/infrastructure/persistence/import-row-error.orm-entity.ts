import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One problem in one row of an import, for the officers' error report. Messages never hold a full NIK. */
@Entity({ name: 'import_row_error' })
export class ImportRowErrorOrmEntity {
  @PrimaryColumn({ name: 'import_id', type: 'uuid' })
  importId: string;

  @PrimaryColumn({ type: 'integer' })
  seq: number;

  /** The spreadsheet line (header = line 1). */
  @Column({ name: 'row_number', type: 'integer' })
  rowNumber: number;

  /** The column name in the file. */
  @Column({ type: 'text' })
  field: string;

  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  message: string;
}
