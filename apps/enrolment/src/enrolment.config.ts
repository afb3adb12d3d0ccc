import { ServiceConfig } from '@jaring/config';

export class EnrolmentConfig extends ServiceConfig {
  override PORT: number = 3001;
  override DATABASE_URL: string = 'postgres://postgres@127.0.0.1:5432/jaring_enrolment';
  override KAFKA_GROUP_ID: string = 'jaring-enrolment';
}
