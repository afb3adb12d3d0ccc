import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Outbox and inbox tables; every service includes this migration in its own list. */
export class MessagingTables1764000000000 implements MigrationInterface {
  name = 'MessagingTables1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE outbox_message (
        id bigserial PRIMARY KEY,
        event_id uuid NOT NULL UNIQUE,
        topic text NOT NULL,
        message_key text NOT NULL,
        event_type text NOT NULL,
        -- json, not jsonb: the envelope is stored and published as written and never searched inside
        -- by the services, so jsonb's parse and rebuild on every insert buys nothing (about 5% of
        -- PostgreSQL's time in a bulk import, bench/enrolment-import). Tests still read it with ->, ->>.
        envelope json NOT NULL,
        headers jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz
      )`);
    // The relay only ever scans unsent rows; keep that index small.
    await queryRunner.query(`CREATE INDEX outbox_message_unsent ON outbox_message (id) WHERE sent_at IS NULL`);
    await queryRunner.query(
      `CREATE INDEX outbox_message_sent_at ON outbox_message (sent_at) WHERE sent_at IS NOT NULL`,
    );
    await queryRunner.query(`
      CREATE TABLE inbox_message (
        consumer text NOT NULL,
        event_id uuid NOT NULL,
        event_type text NOT NULL,
        topic text NOT NULL,
        partition int NOT NULL,
        kafka_offset bigint NOT NULL,
        processed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer, event_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE inbox_message`);
    await queryRunner.query(`DROP TABLE outbox_message`);
  }
}

/** Lets InboxPruner find expired inbox rows without scanning the table. */
export class InboxProcessedAtIndex1765000000000 implements MigrationInterface {
  name = 'InboxProcessedAtIndex1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX inbox_message_processed_at ON inbox_message (processed_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX inbox_message_processed_at`);
  }
}

/** Every service runs these before its own migrations. */
export const MESSAGING_MIGRATIONS = [MessagingTables1764000000000, InboxProcessedAtIndex1765000000000];
