import { defineEvent } from '../event-definition';
import { TOPICS } from '../topics';
import { DeathConfirmedV1 } from './death-payloads';

export const DeathConfirmed = defineEvent({
  type: 'DeathConfirmed',
  version: 1,
  topic: TOPICS.claimsClaim,
  payload: DeathConfirmedV1,
  summary: 'A death claim was verified: the worker is deceased from the date of death.',
  fixture: 'death-confirmed.v1.json',
});
