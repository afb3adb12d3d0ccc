import { Body, Controller, HttpCode, Post, type RawBodyRequest, Req, UnauthorizedException } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Request } from 'express';
import { TenantContext, TenantScope } from '@jaring/auth';
import { verifyWebhook, WEBHOOK_SIGNATURE_HEADER } from '@jaring/kernel';
import { DispatchPayoutsHandler } from '../../application/dispatch-payouts/dispatch-payouts.handler';
import { ClaimsConfig } from '../../claims.config';
import { BankNotificationRequest } from './claims.requests';
import { BankNotificationResponse } from './claims.response-schemas';

@ApiTags('bank')
@Controller('v1/bank')
export class BankNotificationsController {
  constructor(
    private readonly payouts: DispatchPayoutsHandler,
    private readonly config: ClaimsConfig,
  ) {}

  /**
   * The bank cannot hold an officer's token: it signs each notification with its own secret
   * instead. Even a signed notification is only a hint: the transfer's state is read back from the
   * bank by its key, so a repeat changes nothing.
   */
  @Post('notifications')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'The bank says a transfer changed (signed with HMAC-SHA256 of the body): the transfer is looked up at the bank by its idempotency key and the answer applied (repeats change nothing)',
  })
  @ApiHeader({ name: WEBHOOK_SIGNATURE_HEADER, description: 't=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">' })
  @ApiOkResponse({ type: BankNotificationResponse })
  @ApiUnauthorizedResponse({ description: 'Unsigned, wrongly signed, or signed more than 5 minutes ago' })
  async notify(
    @Body() request: BankNotificationRequest,
    @Req() http: RawBodyRequest<Request>,
  ): Promise<BankNotificationResponse> {
    const verdict = verifyWebhook(this.config.BANK_WEBHOOK_SECRET, http.header(WEBHOOK_SIGNATURE_HEADER), http.rawBody);
    if (verdict !== 'valid') throw new UnauthorizedException(`The notification's signature is ${verdict}`);
    // A transfer of any regency: the bank's key names it, the signature vouches for the bank.
    const outcome = await TenantContext.run(TenantScope.system(), () => this.payouts.reconcile(request.idempotencyKey));
    return { outcome };
  }
}
