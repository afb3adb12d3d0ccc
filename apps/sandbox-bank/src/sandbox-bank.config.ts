import { IsInt, IsOptional, Matches, Max, Min, MinLength } from 'class-validator';
import { DEVELOPMENT_WEBHOOK_SECRET } from '@jaring/kernel';

/** The sandbox bank's settings (environment variables of the same names). */
export class SandboxBankConfig {
  @IsInt()
  @Min(0)
  @Max(65535)
  SANDBOX_BANK_PORT: number = 3009;

  @Matches(/^[\w.-]+$/, { message: 'SANDBOX_BANK_HOST must be a host name or address' })
  SANDBOX_BANK_HOST: string = '127.0.0.1';

  /** Where transfer notifications go: the claims service's bank notification endpoint. Empty = none. */
  @IsOptional()
  @Matches(/^(https?:\/\/\S+)?$/, { message: 'SANDBOX_BANK_WEBHOOK_URL must be an http(s) URL or empty' })
  SANDBOX_BANK_WEBHOOK_URL: string = 'http://127.0.0.1:3003/v1/bank/notifications';

  /** Signs the notifications; must equal the claims service's BANK_WEBHOOK_SECRET. */
  @MinLength(32, { message: 'SANDBOX_BANK_WEBHOOK_SECRET must be at least 32 characters' })
  SANDBOX_BANK_WEBHOOK_SECRET: string = DEVELOPMENT_WEBHOOK_SECRET;
}
