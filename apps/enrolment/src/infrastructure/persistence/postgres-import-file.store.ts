import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  IMPORT_FILE_PART_BYTES,
  type ImportFile,
  type ImportFileFormat,
} from '../../application/ports/import-file.reader';
import { ImportFileStore } from '../../application/ports/import-file.store';

/**
 * Uploaded files in the service's own database, in parts of at most 1 MiB (import_file_part),
 * removed when their job ends. Written in one transaction, read back one part per query: neither
 * direction puts the whole file in one protocol message.
 */
@Injectable()
export class PostgresImportFileStore extends ImportFileStore {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async put(importId: string, file: ImportFile): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const created: unknown[] = await manager.query(
        `INSERT INTO import_file (import_id, format, parts, bytes) VALUES ($1, $2, 0, 0)
         ON CONFLICT (import_id) DO NOTHING RETURNING import_id`,
        [importId, file.format],
      );
      if (created.length === 0) return; // kept already
      let parts = 0;
      let bytes = 0;
      for await (const chunk of file.parts()) {
        for (let start = 0; start < chunk.length; start += IMPORT_FILE_PART_BYTES) {
          const part = chunk.subarray(start, start + IMPORT_FILE_PART_BYTES);
          await manager.query(`INSERT INTO import_file_part (import_id, part_no, content) VALUES ($1, $2, $3)`, [
            importId,
            parts,
            part,
          ]);
          parts += 1;
          bytes += part.length;
        }
      }
      await manager.query(`UPDATE import_file SET parts = $2, bytes = $3 WHERE import_id = $1`, [
        importId,
        parts,
        bytes,
      ]);
    });
  }

  async get(importId: string): Promise<ImportFile | null> {
    const [row]: { format: string; parts: number }[] = await this.dataSource.query(
      `SELECT format, parts FROM import_file WHERE import_id = $1`,
      [importId],
    );
    if (!row) return null;
    const { dataSource } = this;
    return {
      format: row.format as ImportFileFormat,
      async *parts() {
        for (let partNo = 0; partNo < row.parts; partNo += 1) {
          const [part]: { content: Buffer }[] = await dataSource.query(
            `SELECT content FROM import_file_part WHERE import_id = $1 AND part_no = $2`,
            [importId, partNo],
          );
          // Removed while being read (its job ended elsewhere): never hand on a file cut short.
          if (!part) throw new Error(`part ${partNo} of the file of import ${importId} is gone`);
          yield part.content;
        }
      },
    };
  }

  async storedBytes(): Promise<number> {
    const [row]: { bytes: string }[] = await this.dataSource.query(
      `SELECT coalesce(sum(bytes), 0)::text AS bytes FROM import_file`,
    );
    return Number(row.bytes);
  }

  async remove(importId: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM import_file WHERE import_id = $1`, [importId]);
  }
}
