import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DispatchPayoutsHandler } from '../../application/dispatch-payouts/dispatch-payouts.handler';
import { BankNotificationRequest } from './claims.requests';

@ApiTags('bank')
@Controller('v1/bank')
export class BankNotificationsController {
  constructor(private readonly payouts: DispatchPayoutsHandler) {}

  /**
   * Open without a token because the bank cannot hold one: the notification is only a hint, the
   * transfer's state is always read back from the bank by its key, so a forged call changes nothing.
   */
  @Post('notifications')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'The bank says a transfer changed: the transfer is looked up at the bank by its idempotency key and the answer applied (repeats change nothing)',
  })
  @ApiOkResponse({ description: "{ outcome: 'settled' | 'pending' | 'unknown' }" })
  async notify(@Body() request: BankNotificationRequest) {
    return { outcome: await this.payouts.reconcile(request.idempotencyKey) };
  }
}
