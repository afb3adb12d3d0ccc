import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An event this consumer has applied; written in the same transaction as the effect. */
@Entity({ name: 'inbox_message' })
export class InboxMessageOrmEntity {
  @PrimaryColumn({ type: 'text' })
  consumer: string;

  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ name: 'event_type', type: 'text' })
  eventType: string;

  @Column({ type: 'text' })
  topic: string;

  @Column({ type: 'int' })
  partition: number;

  @Column({ name: 'kafka_offset', type: 'bigint' })
  kafkaOffset: string;

  @Column({ name: 'processed_at', type: 'timestamptz', default: () => 'now()' })
  processedAt: Date;
}
