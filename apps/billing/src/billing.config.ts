import { ServiceConfig } from '@jaring/config';

export class BillingConfig extends ServiceConfig {
  override PORT: number = 3002;
  override DATABASE_URL: string = 'postgres://postgres@127.0.0.1:5432/jaring_billing';
  override KAFKA_GROUP_ID: string = 'jaring-billing';
}
