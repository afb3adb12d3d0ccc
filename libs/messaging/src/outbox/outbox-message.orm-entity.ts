import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An event written in the same transaction as the state change it describes, waiting for the relay. */
@Entity({ name: 'outbox_message' })
export class OutboxMessageOrmEntity {
  /** Insertion order; the relay publishes in this order, which keeps every key's events ordered. */
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Index({ unique: true })
  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ type: 'text' })
  topic: string;

  @Column({ name: 'message_key', type: 'text' })
  messageKey: string;

  @Column({ name: 'event_type', type: 'text' })
  eventType: string;

  /** The full envelope as published. */
  @Column({ type: 'json' })
  envelope: object;

  @Column({ type: 'jsonb', default: () => "'{}'::jsonb" })
  headers: Record<string, string>;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}
