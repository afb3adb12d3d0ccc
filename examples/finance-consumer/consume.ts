// A Pemkab finance system's view of Jaring billing: subscribe to the billing topics, keep a ledger
// of invoices and payments, and warn on arrears. It is deliberately written against plain kafkajs and
// the published contract (docs/asyncapi.yaml), as a system outside this repository would be; only the
// topic names and payload types come from libs/contracts so this example cannot drift from them.
//
//   npm run --silent example:finance                 # follows the local broker from `npm start`
//   KAFKA_BROKERS=host:9092 npm run --silent example:finance
import { Kafka, logLevel } from 'kafkajs';
import type {
  ArrearsWarningV1,
  EventEnvelope,
  InvoiceIssuedV1,
  InvoicePaymentStatusChangedV1,
  MembershipLapsedV1,
  PaymentReceivedV1,
  PaymentReversedV1,
} from '@jaring/contracts';
// The topic catalogue alone (plain constants): the contracts' index would load validation decorators.
import { TOPICS } from '../../libs/contracts/src/topics';

const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
const prefix = process.env.KAFKA_TOPIC_PREFIX ?? '';
const groupId = process.env.FINANCE_GROUP_ID ?? 'pemkab-finance-example';

const rupiah = (amount: number): string => `Rp${amount.toLocaleString('id-ID')}`;

/**
 * Kafka delivers at least once: a real finance system records each eventId in the same database
 * transaction as its booking and skips ids it has seen. This example keeps them in memory.
 */
const seen = new Set<string>();

function describe(envelope: EventEnvelope<object>): string | undefined {
  if (envelope.eventVersion !== 1) return undefined; // a version this consumer does not know yet
  switch (envelope.eventType) {
    case 'InvoiceIssued': {
      const invoice = envelope.payload as InvoiceIssuedV1;
      // kind is optional in v1: absent on invoices issued before supplementary invoices existed.
      const kind = invoice.kind === 'supplementary' ? 'supplementary invoice' : 'invoice';
      return `${kind} ${invoice.invoiceNumber} for ${invoice.month}: ${invoice.lineCount} workers, ${rupiah(invoice.totals.total)} due ${invoice.dueDate}`;
    }
    case 'PaymentReceived': {
      const payment = envelope.payload as PaymentReceivedV1;
      const allocated = payment.allocations.map((a) => `${a.invoiceNumber} ${rupiah(a.amount)}`).join(', ');
      return `payment ${payment.bankReference ?? payment.idempotencyKey} of ${rupiah(payment.amount)} → ${allocated || 'credit'}; credit left ${rupiah(payment.creditRemaining)}`;
    }
    case 'PaymentReversed': {
      const reversal = envelope.payload as PaymentReversedV1;
      return `payment ${reversal.paymentId} of ${rupiah(reversal.amount)} REVERSED: ${reversal.reason}`;
    }
    case 'InvoicePaymentStatusChanged': {
      const status = envelope.payload as InvoicePaymentStatusChangedV1;
      return `invoice ${status.invoiceNumber} ${status.previousStatus} → ${status.status}: paid ${rupiah(status.paidAmount)}, outstanding ${rupiah(status.outstandingAmount)}`;
    }
    case 'ArrearsWarning': {
      const warning = envelope.payload as ArrearsWarningV1;
      return `ARREARS: ${warning.consecutiveUnpaidMonths} unpaid months (${warning.unpaidMonths.join(', ')}), ${rupiah(warning.outstandingAmount)} outstanding; ${warning.workersAtRisk} workers lapse after ${warning.lapsesAfter}`;
    }
    case 'MembershipLapsed': {
      const lapse = envelope.payload as MembershipLapsedV1;
      return `membership of worker ${lapse.workerId} lapsed from ${lapse.lapsedFromMonth}`;
    }
    default:
      return undefined; // coverage batches and future event types: not a finance concern here
  }
}

async function main(): Promise<void> {
  const kafka = new Kafka({ clientId: groupId, brokers, logLevel: logLevel.WARN });
  const consumer = kafka.consumer({ groupId });
  await consumer.connect();
  await consumer.subscribe({
    topics: [prefix + TOPICS.billingInvoice.name, prefix + TOPICS.billingCoverage.name],
    fromBeginning: true,
  });
  await consumer.run({
    eachMessage: async ({ message }) => {
      const envelope = JSON.parse(message.value?.toString() ?? 'null') as EventEnvelope<object> | null;
      if (!envelope?.eventId || seen.has(envelope.eventId)) return;
      seen.add(envelope.eventId);
      const line = describe(envelope);
      if (line) process.stdout.write(`${envelope.occurredAt} [${envelope.tenant}] ${line}\n`);
    },
  });
  process.stdout.write(
    `following ${prefix}${TOPICS.billingInvoice.name} and ${prefix}${TOPICS.billingCoverage.name} on ${brokers.join(',')} (Ctrl-C to stop)\n`,
  );
  const stop = async (): Promise<void> => {
    await consumer.disconnect();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  process.stderr.write(`finance example failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
