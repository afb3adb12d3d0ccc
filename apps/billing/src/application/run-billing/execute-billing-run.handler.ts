import { randomUUID } from 'node:crypto';
import { DomainError } from '@jaring/kernel';
import type { EventOrigin } from '@jaring/messaging';
import {
  calculateContribution,
  contributionDueDate,
  invoiceNumber,
  ruleSetForMonth,
  supplementaryDueDate,
} from '../../domain';
import type { BillingRunRecord, IncomePrice, InvoiceRecord } from '../ports/billing-records';
import { BillingSettings } from '../ports/billing-settings';
import { BillingStore, type BillingTransaction, WorkerBilledMeanwhile } from '../ports/billing-store';
import { Clock } from '../ports/clock';
import { invoiceIssued } from '../shared/billing-events';
import { settleSponsorCredit } from '../shared/settlement';
import { stageBilledWorkers } from '../shared/coverage-publisher';

/** Attempts at a chunk whose workers changed income while the run was going (re-priced each time). */
const REPRICE_ATTEMPTS = 3;

/** A failed run's reason when the cause is not the run's own: API callers never see database text. */
const UNEXPECTED_FAILURE =
  'the run stopped on an unexpected error (in the billing service log); start it again to resume';

/**
 * Does a started billing run, main or supplementary (the same work: bill the sponsor's workers
 * billable for the month who have no invoice line for it yet), resumably:
 * 1. prices every distinct declared income of those workers with the month's rule set, and
 *    creates the invoice (status 'generating') with its kind, number and due date (the statutory
 *    one for the main invoice, supplementaryDueDate for a supplementary one);
 * 2. writes the lines in chunks of `runChunkSize` workers, each chunk ONE INSERT ... SELECT from
 *    the worker projection in its own transaction together with the run's progress (so progress is
 *    visible while it runs, and a crash resumes after the last committed chunk);
 * 3. issues the invoice: totals final, InvoiceIssued staged, the sponsor's credit (prepayments,
 *    over-payments) applied at once with the coverage it pays for.
 * One process at a time works on a run (a lock across the transactions); a failure marks the run
 * failed with a reason fit for API callers (details of an unexpected error go to the log only), and
 * starting it again resumes it.
 */
export class ExecuteBillingRunHandler {
  constructor(
    private readonly store: BillingStore,
    private readonly settings: BillingSettings,
    private readonly clock: Clock,
  ) {}

  /** `isStopping`: checked between chunks; a stopping process leaves the run 'running' to be resumed. */
  async execute(runId: string, isStopping: () => boolean = () => false): Promise<BillingRunRecord | undefined> {
    const outcome = await this.store.exclusively(`billing-run:${runId}`, async () => {
      const run = await this.store.transaction((tx) => tx.run(runId));
      if (!run || run.status !== 'running') return run;
      const origin: EventOrigin = { correlationId: run.id, causationId: run.id };
      try {
        return await this.bill(run, origin, isStopping);
      } catch (error) {
        const reason =
          error instanceof BillingRunFailure || error instanceof DomainError ? error.message : UNEXPECTED_FAILURE;
        await this.store.transaction((tx) =>
          tx.updateRun(run.id, { status: 'failed', error: reason.slice(0, 1_000), finishedAt: this.clock.now() }),
        );
        throw error; // the queue logs it in full
      }
    });
    return outcome.ran ? outcome.result : undefined;
  }

  private async bill(
    run: BillingRunRecord,
    origin: EventOrigin,
    isStopping: () => boolean,
  ): Promise<BillingRunRecord | undefined> {
    let prices = await this.store.transaction((tx) => this.prices(tx, run));
    const invoice = await this.store.transaction((tx) => this.prepareInvoice(tx, run, prices.workers));
    if (!invoice) return this.store.transaction((tx) => tx.run(run.id));

    for (;;) {
      if (isStopping()) return this.store.transaction((tx) => tx.run(run.id));
      let attempt = 0;
      const chunk = await this.retryOnNewIncome(
        async () => {
          attempt += 1;
          return this.store.transaction(async (tx) => {
            const result = await tx.writeLineChunk({
              invoiceId: invoice.id,
              sponsorId: run.sponsorId,
              month: run.month,
              limit: this.settings.runChunkSize,
              prices: prices.list,
            });
            if (result.written < result.selected) {
              if (attempt >= REPRICE_ATTEMPTS)
                throw new BillingRunFailure('declared incomes keep changing during the billing run');
              throw new NewIncomeDuringRun(); // rolls this chunk back; re-price and redo it
            }
            if (result.written > 0) {
              await tx.updateRun(run.id, { linesWritten: (await tx.invoice(invoice.id))?.lineCount ?? 0 });
            }
            return result;
          });
        },
        async () => {
          prices = await this.store.transaction((tx) => this.prices(tx, run));
        },
      );
      if (chunk.written === 0) break;
    }
    return this.store.transaction((tx) => this.issue(tx, run, invoice.id, origin));
  }

  /** Prices each distinct declared income of the month's billable workers. */
  private async prices(
    tx: BillingTransaction,
    run: BillingRunRecord,
  ): Promise<{ list: IncomePrice[]; workers: number }> {
    const sponsor = await tx.sponsor(run.sponsorId);
    if (!sponsor) throw new BillingRunFailure(`sponsor ${run.sponsorId} disappeared`);
    const incomes = await tx.billableIncomes(run.sponsorId, run.month);
    return {
      list: incomes.map(({ income }) => {
        const contribution = calculateContribution(
          { declaredMonthlyIncome: income, month: run.month, sponsorType: sponsor.sponsorType },
          this.settings.ruleSets,
          this.settings.incomeBrackets,
        );
        return { income, jkk: contribution.jkk, jkm: contribution.jkm };
      }),
      workers: incomes.reduce((sum, { workers }) => sum + workers, 0),
    };
  }

  /** Creates the invoice (or finds the one a stopped attempt created); undefined when nobody is billable. */
  private async prepareInvoice(
    tx: BillingTransaction,
    run: BillingRunRecord,
    workersLeft: number,
  ): Promise<InvoiceRecord | undefined> {
    // The invoice and the run's link to it are written in one transaction: a run without one has none.
    const existing = run.invoiceId ? await tx.invoice(run.invoiceId) : undefined;
    if (existing) {
      if (existing.status === 'issued')
        throw new BillingRunFailure(`invoice ${existing.invoiceNumber} is already issued`);
      await tx.updateRun(run.id, { workersExpected: existing.lineCount + workersLeft });
      return existing;
    }
    if (workersLeft === 0) {
      await tx.updateRun(run.id, {
        status: 'completed',
        outcome: 'nothing-to-bill',
        workersExpected: 0,
        finishedAt: this.clock.now(),
      });
      return undefined;
    }
    const sponsor = await tx.sponsor(run.sponsorId);
    if (!sponsor) throw new BillingRunFailure(`sponsor ${run.sponsorId} disappeared`);
    const id = randomUUID();
    await tx.createInvoice({
      id,
      invoiceNumber: invoiceNumber(sponsor.tenant, run.month, await tx.nextInvoiceSequence(sponsor.tenant, run.month)),
      sponsorId: run.sponsorId,
      tenant: sponsor.tenant,
      month: run.month,
      kind: run.kind,
      ruleSetId: ruleSetForMonth(run.month, this.settings.ruleSets).ruleSet.id,
      sponsorType: sponsor.sponsorType,
      dueDate:
        run.kind === 'supplementary'
          ? supplementaryDueDate(
              run.month,
              run.requestedOn ?? this.clock.today(),
              this.settings.calendar,
              this.settings.ruleSets,
            )
          : contributionDueDate(run.month, this.settings.calendar, this.settings.ruleSets),
      createdAt: this.clock.now(),
    });
    await tx.updateRun(run.id, { invoiceId: id, workersExpected: workersLeft });
    return tx.invoice(id);
  }

  private async issue(
    tx: BillingTransaction,
    run: BillingRunRecord,
    invoiceId: string,
    origin: EventOrigin,
  ): Promise<BillingRunRecord | undefined> {
    await tx.lockSponsor(run.sponsorId);
    const now = this.clock.now();
    const issued = await tx.issueInvoice(invoiceId, now);
    await tx.stage([invoiceIssued(issued, origin)]);
    await stageBilledWorkers(tx, issued, origin);
    await settleSponsorCredit(tx, run.sponsorId, origin, { now, policy: this.settings.shortPaymentPolicy });
    await tx.updateRun(run.id, {
      status: 'completed',
      outcome: 'issued',
      linesWritten: issued.lineCount,
      finishedAt: now,
    });
    return tx.run(run.id);
  }

  private async retryOnNewIncome<T>(work: () => Promise<T>, reprice: () => Promise<void>): Promise<T> {
    for (;;) {
      try {
        return await work();
      } catch (error) {
        // A worker billed for the month by another run (another sponsor's, for a worker who moved)
        // between reading and writing: redone, the chunk leaves that worker out.
        if (!(error instanceof NewIncomeDuringRun) && !(error instanceof WorkerBilledMeanwhile)) throw error;
        await reprice();
      }
    }
  }
}

/** Why a run cannot go on, in words for the finance officer who reads the run. */
class BillingRunFailure extends Error {}

class NewIncomeDuringRun extends Error {
  constructor() {
    super('a worker with a declared income not priced yet appeared during the run');
  }
}
