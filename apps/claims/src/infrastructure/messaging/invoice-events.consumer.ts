import { Ctx, Payload } from '@nestjs/microservices';
import {
  type EventEnvelope,
  InvoicePaymentStatusChanged,
  type InvoicePaymentStatusChangedV1,
  WorkersBilled,
  type WorkersBilledV1,
} from '@jaring/contracts';
import { EventConsumer, JaringEventContext, OnEvent, OnEvents } from '@jaring/messaging';

/**
 * Which invoice bills each worker's month and whether it is paid (docs/adr/0009): what eligibility
 * says of a month not covered. WorkersBilled comes in batches of up to 1,000 workers, applied with
 * one statement per run of batches; a payment status arrives on billing's invoice topic, in either
 * order with the batches, so either one creates the invoice's row.
 */
@EventConsumer()
export class InvoiceEventsConsumer {
  @OnEvents(WorkersBilled)
  async onWorkersBilled(
    @Payload() events: EventEnvelope<WorkersBilledV1>[],
    @Ctx() context: JaringEventContext,
  ): Promise<void> {
    const invoices = [...new Map(events.map(({ payload }) => [payload.invoiceId, payload])).values()];
    await context.manager.query(
      `INSERT INTO billed_invoice (invoice_id, invoice_number, sponsor_id, month, due_date)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[], $5::date[])
       ON CONFLICT (invoice_id) DO UPDATE SET due_date = EXCLUDED.due_date`,
      [
        invoices.map((invoice) => invoice.invoiceId),
        invoices.map((invoice) => invoice.invoiceNumber),
        invoices.map((invoice) => invoice.sponsorId),
        invoices.map((invoice) => invoice.month),
        invoices.map((invoice) => invoice.dueDate),
      ],
    );
    const lines = events.flatMap(({ payload }) =>
      payload.workerIds.map((workerId) => [workerId, payload.month, payload.invoiceId] as const),
    );
    await context.manager.query(
      `INSERT INTO billed_month (worker_id, month, invoice_id)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::uuid[]) ON CONFLICT DO NOTHING`,
      [lines.map((line) => line[0]), lines.map((line) => line[1]), lines.map((line) => line[2])],
    );
  }

  @OnEvent(InvoicePaymentStatusChanged)
  async onPaymentStatusChanged(
    @Payload() event: EventEnvelope<InvoicePaymentStatusChangedV1>,
    @Ctx() context: JaringEventContext,
  ): Promise<void> {
    // Keyed by the invoice: its changes arrive in order, so the last one is the status.
    const { invoiceId, invoiceNumber, sponsorId, month, status } = event.payload;
    await context.manager.query(
      `INSERT INTO billed_invoice (invoice_id, invoice_number, sponsor_id, month, payment_status)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (invoice_id) DO UPDATE SET payment_status = EXCLUDED.payment_status`,
      [invoiceId, invoiceNumber, sponsorId, month, status],
    );
  }
}
