import { ServiceConfig } from '@jaring/config';

export class ClaimsConfig extends ServiceConfig {
  override PORT: number = 3003;
  override DATABASE_URL: string = 'postgres://postgres@127.0.0.1:5432/jaring_claims';
  override KAFKA_GROUP_ID: string = 'jaring-claims';
}
