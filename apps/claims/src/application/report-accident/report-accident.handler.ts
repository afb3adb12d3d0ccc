import { randomUUID } from 'node:crypto';
import {
  assertAccidentNotClaimedTwice,
  assertWorkerNotDeceased,
  Claim,
  type AccidentCircumstances,
  type ClaimActor,
  type LocalDate,
} from '../../domain';
import type { ClaimRecord } from '../ports/claim.store';
import type { Reporter } from '../shared/claim-record';
import type { ClaimWorkflow } from '../shared/claim-workflow';
import type { ClaimsSettings } from '../shared/claims-settings';
import { findMember, type WorkerReference } from '../shared/membership';

export interface ReportAccidentCommand extends WorkerReference {
  incidentDate: LocalDate;
  /** The accident's instant, when known: makes the 2×24 h stage I check exact. */
  incidentAt?: string;
  place: string;
  cause: string;
  circumstances: AccidentCircumstances;
  policeReportNumber?: string;
  reporter: Reporter;
}

/**
 * Stage I: a (suspected) work accident is reported by NIK or worker id (RULES.md §2). A second
 * report of the worker's accident on the same day is refused (409 ACCIDENT_ALREADY_CLAIMED), and
 * so is any accident of a worker whose death a claim confirmed (409 WORKER_DECEASED).
 */
export class ReportAccidentHandler {
  constructor(
    private readonly workflow: ClaimWorkflow,
    private readonly settings: ClaimsSettings,
  ) {}

  execute(command: ReportAccidentCommand, actor: ClaimActor): Promise<ClaimRecord> {
    return this.workflow.open(actor, async (transaction, context) => {
      const member = await findMember(transaction.members, command);
      const otherClaimsOfWorker = await transaction.claims.summariesOfWorker(member.workerId);
      assertWorkerNotDeceased(otherClaimsOfWorker);
      assertAccidentNotClaimedTwice(command.incidentDate, otherClaimsOfWorker);
      const { claim, events } = Claim.reportAccident(
        {
          claimId: randomUUID(),
          tenant: member.tenant,
          worker: { id: member.workerId, name: member.fullName },
          incidentDate: command.incidentDate,
          incidentAt: command.incidentAt,
          circumstances: command.circumstances,
        },
        context,
        this.settings.policy,
      );
      return {
        claim,
        events,
        details: {
          report: {
            kind: 'accident',
            place: command.place,
            cause: command.cause,
            reporter: command.reporter,
            ...(command.policeReportNumber ? { policeReportNumber: command.policeReportNumber } : {}),
          },
          documentsReceived: [],
        },
      };
    });
  }
}
