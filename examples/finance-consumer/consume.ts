// A Pemkab finance system's view of Jaring billing: subscribe to the billing topics, keep a ledger
// of invoices and payments, and warn on arrears. It is deliberately written against plain kafkajs and
// the published contract (docs/asyncapi.yaml), as a system outside this repository would be; only the
// topic names and payload types come from libs/contracts so this example cannot drift from them.
//
//   npm run --silent example:finance                 # follows the local broker from `npm start`
//   KAFKA_BROKERS=host:9093 KAFKA_SSL=true KAFKA_SSL_CA_FILE=ca.crt \
//   KAFKA_SASL_USERNAME=jaring-finance-76-04 KAFKA_SASL_PASSWORD=... npm run --silent example:finance
// At start it also signs in with its own client credentials (role finance, its regency only) and
// lists the open invoices over REST, as a finance system reconciles before following events.
import { readFileSync } from 'node:fs';
import { Kafka, logLevel } from 'kafkajs';
import type {
  ArrearsWarningV1,
  EventEnvelope,
  InvoiceIssuedV1,
  InvoicePaymentStatusChangedV1,
  MembershipLapsedV1,
  PaymentReceivedV1,
  PaymentReversedV1,
  WorkersLeftUncoveredV1,
} from '@jaring/contracts';
// The topic catalogue alone (plain constants): the contracts' index would load validation decorators.
import { TOPICS } from '../../libs/contracts/src/topics';

const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
const prefix = process.env.KAFKA_TOPIC_PREFIX ?? '';
const groupId = process.env.FINANCE_GROUP_ID ?? 'jaring-finance-76-04-example';
const issuer = process.env.OIDC_ISSUER ?? 'http://127.0.0.1:3010';
const billingUrl = process.env.BILLING_URL ?? 'http://127.0.0.1:3002';
// The local provider's finance client; a real Pemkab's comes from its Keycloak client (deploy/keycloak).
const clientId = process.env.FINANCE_CLIENT_ID ?? 'finance-76.04';
const clientSecret = process.env.FINANCE_CLIENT_SECRET ?? 'finance-76.04-local-only';

/** Kafka over TLS with SASL/SCRAM when configured (the Strimzi KafkaUser of deploy/strimzi). */
function kafkaSecurity() {
  const ca = process.env.KAFKA_SSL_CA_FILE;
  const ssl = process.env.KAFKA_SSL === 'true' ? (ca ? { ca: [readFileSync(ca, 'utf8')] } : true) : undefined;
  const username = process.env.KAFKA_SASL_USERNAME;
  const sasl = username
    ? { mechanism: 'scram-sha-512' as const, username, password: process.env.KAFKA_SASL_PASSWORD ?? '' }
    : undefined;
  return { ...(ssl ? { ssl } : {}), ...(sasl ? { sasl } : {}) };
}

/** OAuth 2.0 client credentials: the finance system's own token, found through the discovery document. */
async function financeToken(): Promise<string> {
  const discovery = (await (await fetch(`${issuer}/.well-known/openid-configuration`)).json()) as {
    token_endpoint: string;
  };
  const response = await fetch(discovery.token_endpoint, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(clientSecret)}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({ grant_type: 'client_credentials' }),
  });
  const body = (await response.json()) as { access_token?: string; error_description?: string };
  if (!body.access_token) throw new Error(`no token for ${clientId}: ${body.error_description ?? response.status}`);
  return body.access_token;
}

async function printOpenInvoices(): Promise<void> {
  const response = await fetch(`${billingUrl}/v1/invoices?paymentStatus=unpaid`, {
    headers: { authorization: `Bearer ${await financeToken()}` },
  });
  if (!response.ok) throw new Error(`billing answered ${response.status} to GET /v1/invoices`);
  const invoices = (await response.json()) as { invoiceNumber: string; month: string; totals: { total: number } }[];
  for (const invoice of invoices) {
    process.stdout.write(`open: ${invoice.invoiceNumber} for ${invoice.month}, ${rupiah(invoice.totals.total)}\n`);
  }
}

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
    case 'WorkersLeftUncovered': {
      const short = envelope.payload as WorkersLeftUncoveredV1;
      // One event per batch of up to 1,000 workers; the amount missing is the same on each.
      return `SHORT PAYMENT ${short.invoiceNumber} (${short.policy}): ${short.uncoveredWorkers} workers uncovered until ${rupiah(short.missingAmount)} more is paid (batch ${short.batch}/${short.batches})`;
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
  await printOpenInvoices();
  const kafka = new Kafka({ clientId: groupId, brokers, logLevel: logLevel.WARN, ...kafkaSecurity() });
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
