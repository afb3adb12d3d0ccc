import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ApiErrors, BoundedFileInterceptor, InvalidRequestException } from '@jaring/platform';
import { AttachDocumentScanHandler } from '../../application/attach-document-scan/attach-document-scan.handler';
import { DetermineHeirsHandler } from '../../application/determine-heirs/determine-heirs.handler';
import { RecordDocumentsHandler } from '../../application/record-documents/record-documents.handler';
import { RecordStageTwoHandler } from '../../application/record-stage-two/record-stage-two.handler';
import { SetPayoutAccountHandler } from '../../application/set-payout-account/set-payout-account.handler';
import type { ClaimActor } from '../../domain';
import { CurrentClaimActor } from './claim-actor';
import {
  CompleteDocumentsRequest,
  DetermineHeirsRequest,
  HeirsPreviewQuery,
  PayoutAccountRequest,
  ReasonRequest,
  RecordDocumentsRequest,
  StageTwoRequest,
} from './claims.requests';
import { claimResponse } from './claims.responses';
import { ClaimResponse, DocumentScanResponse, HeirDeterminationResponse } from './claims.response-schemas';

/** A multipart file as multer holds it in memory. */
interface UploadedScan {
  originalname: string;
  buffer: Buffer;
}

/** What the office gathers for a claim: the doctor's outcome, documents, heirs and the payee's account. */
@ApiTags('claims')
@ApiBearerAuth()
@Controller('v1/claims/:id')
export class ClaimEvidenceController {
  constructor(
    private readonly stageTwo: RecordStageTwoHandler,
    private readonly documents: RecordDocumentsHandler,
    private readonly heirs: DetermineHeirsHandler,
    private readonly account: SetPayoutAccountHandler,
    private readonly scans: AttachDocumentScanHandler,
  ) {}

  @Post('stage-two')
  @HttpCode(200)
  @ApiOperation({
    summary:
      "Stage II (JKK): the doctor's outcome — recovered, temporary inability, partial or total disability, or death (then the claim is the worker's death claim)",
  })
  @ApiOkResponse({ type: ClaimResponse })
  @ApiErrors(409)
  async recordStageTwo(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() request: StageTwoRequest,
    @CurrentClaimActor() actor: ClaimActor,
  ) {
    return claimResponse(await this.stageTwo.execute({ claimId: id, ...request }, actor));
  }

  @Post('documents')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record documents received (a code received again replaces the earlier entry)' })
  @ApiOkResponse({ type: ClaimResponse })
  @ApiErrors(409)
  async recordDocuments(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() request: RecordDocumentsRequest,
    @CurrentClaimActor() actor: ClaimActor,
  ) {
    return claimResponse(await this.documents.record({ claimId: id, documents: request.documents }, actor));
  }

  @Post('documents/:code/scans')
  @UseInterceptors(BoundedFileInterceptor('file'))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary', description: 'The scan: PDF, JPEG or PNG' } },
    },
  })
  @ApiOperation({
    summary:
      "Upload a scan of a document on the claim's checklist (its code); the document counts as received. PDF, JPEG or PNG judged by content (400 SCAN_TYPE_NOT_ALLOWED), at most DOCUMENT_SCAN_MAX_BYTES (413 FILE_TOO_LARGE names the limit); a code the checklist does not ask for is refused (400 DOCUMENT_NOT_ON_CHECKLIST)",
  })
  @ApiCreatedResponse({ type: DocumentScanResponse })
  @ApiErrors(413, 503)
  async uploadScan(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('code') code: string,
    @UploadedFile() file: UploadedScan | undefined,
    @CurrentClaimActor() actor: ClaimActor,
  ) {
    if (!file) {
      throw new InvalidRequestException([{ field: 'file', code: 'FILE_REQUIRED', message: 'attach the scan as file' }]);
    }
    const { scan } = await this.scans.attach(
      { claimId: id, code, fileName: file.originalname, bytes: file.buffer },
      actor,
    );
    return scan;
  }

  @Get('documents/scans/:scanId')
  @Header('X-Content-Type-Options', 'nosniff')
  @Header('Cache-Control', 'private, no-store')
  @ApiOperation({ summary: 'One scan as uploaded (shown inline); every view is written to the audit log' })
  @ApiOkResponse({
    content: {
      'application/pdf': { schema: { type: 'string', format: 'binary' } },
      'image/jpeg': { schema: { type: 'string', format: 'binary' } },
      'image/png': { schema: { type: 'string', format: 'binary' } },
    },
    description: 'The scan as uploaded',
  })
  @ApiErrors(503)
  async viewScan(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('scanId', ParseUUIDPipe) scanId: string,
    @CurrentClaimActor() actor: ClaimActor,
  ) {
    const { scan, content } = await this.scans.view(id, scanId, actor);
    return new StreamableFile(content.bytes, {
      type: content.contentType,
      length: content.bytes.length,
      // The stored name is the uploader's: only its encoded form goes into the header.
      disposition: `inline; filename*=UTF-8''${encodeURIComponent(scan.fileName)}`,
    });
  }

  @Post('documents/complete')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Declare the claim complete: the checklist must be satisfied (400 DOCUMENTS_MISSING names what is missing); the payment deadline starts',
  })
  @ApiOkResponse({ type: ClaimResponse })
  @ApiErrors(409)
  async completeDocuments(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() request: CompleteDocumentsRequest,
    @CurrentClaimActor() actor: ClaimActor,
  ) {
    return claimResponse(await this.documents.complete({ claimId: id, ...request }, actor));
  }

  @Get('heirs')
  @ApiOperation({
    summary: 'Who would inherit, from the family projection: the statutory classes and the highest present',
  })
  @ApiOkResponse({ type: HeirDeterminationResponse })
  async previewHeirs(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: HeirsPreviewQuery,
  ): Promise<HeirDeterminationResponse> {
    return this.heirs.preview(id, query.deceasedMemberIds);
  }

  @Post('heirs')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Record the heirs and the one payee (PP 44/2015 art. 37(5)); a payee from a lower class while a higher one exists is refused (400 PAYEE_FROM_LOWER_HEIR_CLASS)',
  })
  @ApiOkResponse({ type: ClaimResponse })
  @ApiErrors(409)
  async determineHeirs(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() request: DetermineHeirsRequest,
    @CurrentClaimActor() actor: ClaimActor,
  ) {
    return claimResponse(await this.heirs.execute({ claimId: id, ...request }, actor));
  }

  @Put('payout-account')
  @ApiOperation({
    summary:
      "The payee's bank account; a holder name that does not match the payee (normalised), or an account entered after approval, waits for a second officer's confirmation. Changed while the claim waits for approval, it withdraws the request (back to verified, assessed again)",
  })
  @ApiOkResponse({ type: ClaimResponse })
  @ApiErrors(409)
  async setPayoutAccount(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() request: PayoutAccountRequest,
    @CurrentClaimActor() actor: ClaimActor,
  ) {
    return claimResponse(await this.account.set({ claimId: id, ...request }, actor));
  }

  // `name-confirmation`: the path from before accounts entered after approval needed confirming too.
  @Post(['payout-account/confirmation', 'payout-account/name-confirmation'])
  @HttpCode(200)
  @ApiOperation({
    summary:
      'A second officer confirms the payout account: a holder name that did not match automatically, an account entered after approval, or one enrolment changed shortly before approval. Neither the officer who entered it nor the approver may (409 MAKER_CHECKER_VIOLATION)',
  })
  @ApiOkResponse({ type: ClaimResponse })
  @ApiErrors(409)
  async confirmAccount(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() request: ReasonRequest,
    @CurrentClaimActor() actor: ClaimActor,
  ) {
    return claimResponse(await this.account.confirm({ claimId: id, reason: request.reason }, actor));
  }
}
