import { createHash, randomUUID } from 'node:crypto';
import { DomainError, NotFoundError } from '@jaring/kernel';
import {
  PRE_APPROVAL_STATUSES,
  scanContentTypeOf,
  transitionNotAllowed,
  type ClaimActor,
  type DocumentCode,
} from '../../domain';
import type { ClaimRecord } from '../ports/claim.store';
import type { ClaimsUnitOfWork } from '../ports/claims-unit-of-work';
import type { DocumentScanStorage, ScanContent } from '../ports/document-scan.storage';
import { checklistOf, receiveDocuments } from '../record-documents/record-documents.handler';
import type { DocumentScan } from '../shared/claim-record';
import type { ClaimWorkflow } from '../shared/claim-workflow';
import type { ClaimsSettings } from '../shared/claims-settings';

export interface AttachDocumentScanCommand {
  claimId: string;
  code: string;
  fileName: string;
  /** Already bounded in size by the HTTP edge (DOCUMENT_SCAN_MAX_BYTES). */
  bytes: Buffer;
}

/**
 * A scan (PDF, JPEG, PNG) of a document on the claim's checklist: its bytes go to the scan storage,
 * its description onto the claim, and the document counts as received. Viewing a scan is audited
 * too: the scans are identity papers (KTP, KK, death certificates).
 */
export class AttachDocumentScanHandler {
  constructor(
    private readonly workflow: ClaimWorkflow,
    private readonly unitOfWork: ClaimsUnitOfWork,
    private readonly settings: ClaimsSettings,
    private readonly storage: DocumentScanStorage,
  ) {}

  async attach(
    command: AttachDocumentScanCommand,
    actor: ClaimActor,
  ): Promise<{ record: ClaimRecord; scan: DocumentScan }> {
    const contentType = scanContentTypeOf(command.bytes);
    const stored = await this.load(command.claimId);
    const code = this.checklistCode(stored, command.code);
    assertStillCollecting(stored);
    const scanId = randomUUID();
    // The bytes first: a claim never describes a scan the storage lacks. A change refused after
    // this (a concurrent approval) leaves unreferenced bytes behind, never a dangling reference.
    await this.storage.put(
      { tenant: stored.snapshot.tenant, claimId: command.claimId, scanId },
      { contentType, bytes: command.bytes },
    );
    const { record, result } = await this.workflow.change(command.claimId, actor, (scope) => {
      assertStillCollecting({ snapshot: scope.claim.toSnapshot() });
      const scan: DocumentScan = {
        id: scanId,
        code,
        fileName: command.fileName,
        contentType,
        sizeBytes: command.bytes.length,
        sha256: createHash('sha256').update(command.bytes).digest('hex'),
        uploadedBy: actor.id,
        uploadedAt: scope.context.at,
      };
      scope.details.documentScans = [...(scope.details.documentScans ?? []), scan];
      if (!scope.details.documentsReceived.some((received) => received.code === code)) {
        receiveDocuments(scope, [{ code, reference: `scan:${scanId}` }], this.workflow.today());
      }
      scope.note('attach-document-scan', {
        after: { scan: { id: scan.id, code, contentType, sizeBytes: scan.sizeBytes, sha256: scan.sha256 } },
      });
      return scan;
    });
    return { record, scan: result };
  }

  /** The scan's description and bytes; the viewing officer is written to the audit log. */
  async view(
    claimId: string,
    scanId: string,
    actor: ClaimActor,
  ): Promise<{ scan: DocumentScan; content: ScanContent }> {
    const stored = await this.load(claimId);
    const scan = stored.details.documentScans?.find((candidate) => candidate.id === scanId);
    const content = scan && (await this.storage.get({ tenant: stored.snapshot.tenant, claimId, scanId }));
    if (!scan || !content) throw new NotFoundError('SCAN_NOT_FOUND', `The claim has no scan ${scanId}`, 'scanId');
    await this.unitOfWork.run((transaction) =>
      transaction.claims.appendAudit([
        {
          claimId,
          action: 'view-document-scan',
          actorId: actor.id,
          actorRoles: actor.roles,
          at: this.workflow.contextFor(actor).at,
          fromStatus: stored.snapshot.status,
          toStatus: stored.snapshot.status,
          after: { scan: { id: scan.id, code: scan.code } },
        },
      ]),
    );
    return { scan, content };
  }

  private async load(claimId: string): Promise<ClaimRecord> {
    const stored = await this.unitOfWork.run((transaction) => transaction.claims.get(claimId, false));
    if (!stored) throw new NotFoundError('CLAIM_NOT_FOUND', `There is no claim ${claimId}`, 'claimId');
    return stored;
  }

  /** The code, if the claim's checklist asks for it now. */
  private checklistCode(stored: ClaimRecord, code: string): DocumentCode {
    const wanted = checklistOf(stored, this.settings).flatMap((item) => item.accepts);
    const found = wanted.find((accepted) => accepted === code);
    if (!found) {
      throw new DomainError(
        'DOCUMENT_NOT_ON_CHECKLIST',
        `${code} is not on this claim's checklist; it asks for ${[...new Set(wanted)].join(', ')}`,
        'code',
      );
    }
    return found;
  }
}

function assertStillCollecting({ snapshot }: Pick<ClaimRecord, 'snapshot'>): void {
  if (!PRE_APPROVAL_STATUSES.includes(snapshot.status)) {
    throw transitionNotAllowed('record documents', snapshot.programme, snapshot.status);
  }
}
