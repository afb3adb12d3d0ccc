import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ImportFile, ImportFileFormat } from '../../application/ports/import-file.reader';
import { ImportFileStore } from '../../application/ports/import-file.store';

/** Uploaded files in the service's own database (bytea), removed when their job ends. */
@Injectable()
export class PostgresImportFileStore extends ImportFileStore {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async put(importId: string, file: ImportFile): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO import_file (import_id, format, content) VALUES ($1, $2, $3) ON CONFLICT (import_id) DO NOTHING`,
      [importId, file.format, file.content],
    );
  }

  async get(importId: string): Promise<ImportFile | null> {
    const rows: { format: string; content: Buffer }[] = await this.dataSource.query(
      `SELECT format, content FROM import_file WHERE import_id = $1`,
      [importId],
    );
    return rows[0] ? { format: rows[0].format as ImportFileFormat, content: rows[0].content } : null;
  }

  async storedBytes(): Promise<number> {
    const [row]: { bytes: string }[] = await this.dataSource.query(
      `SELECT coalesce(sum(octet_length(content)), 0)::text AS bytes FROM import_file`,
    );
    return Number(row.bytes);
  }

  async remove(importId: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM import_file WHERE import_id = $1`, [importId]);
  }
}
