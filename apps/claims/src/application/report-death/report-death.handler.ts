import { randomUUID } from 'node:crypto';
import { assertDeathNotClaimedElsewhere, Claim, type ClaimActor, type LocalDate } from '../../domain';
import type { ClaimRecord } from '../ports/claim.store';
import type { Reporter } from '../shared/claim-record';
import type { ClaimWorkflow } from '../shared/claim-workflow';
import type { ClaimsSettings } from '../shared/claims-settings';
import { findMember, type WorkerReference } from '../shared/membership';

export interface ReportDeathCommand extends WorkerReference {
  dateOfDeath: LocalDate;
  causeOfDeath: string;
  deathCertificateNumber: string;
  placeOfDeath?: string;
  reporter: Reporter;
}

/**
 * A death not (yet) attributed to work is reported for JKM. A death already claimed under JKK or
 * JKM (and not rejected) is refused at once (409 DEATH_ALREADY_CLAIMED): one death is paid once,
 * and moving it between programmes is a re-classification of the existing claim.
 */
export class ReportDeathHandler {
  constructor(
    private readonly workflow: ClaimWorkflow,
    private readonly settings: ClaimsSettings,
  ) {}

  execute(command: ReportDeathCommand, actor: ClaimActor): Promise<ClaimRecord> {
    return this.workflow.open(actor, async (transaction, context) => {
      const member = await findMember(transaction.members, command);
      const claimId = randomUUID();
      assertDeathNotClaimedElsewhere(claimId, await transaction.claims.summariesOfWorker(member.workerId));
      const { claim, events } = Claim.reportDeath(
        {
          claimId,
          tenant: member.tenant,
          worker: { id: member.workerId, name: member.fullName },
          dateOfDeath: command.dateOfDeath,
        },
        context,
        this.settings.policy,
      );
      return {
        claim,
        events,
        details: {
          report: {
            kind: 'death',
            causeOfDeath: command.causeOfDeath,
            deathCertificateNumber: command.deathCertificateNumber,
            ...(command.placeOfDeath ? { placeOfDeath: command.placeOfDeath } : {}),
            reporter: command.reporter,
          },
          documentsReceived: [],
        },
      };
    });
  }
}
