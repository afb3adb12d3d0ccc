import { IsIn, IsString, IsUUID, Matches } from 'class-validator';

/** The death of a worker was confirmed by a verified claim: enrolment marks the worker deceased. */
export class DeathConfirmedV1 {
  @IsUUID()
  claimId: string;

  @IsUUID()
  workerId: string;

  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  dateOfDeath: string;

  @IsIn(['JKK', 'JKM'])
  programme: 'JKK' | 'JKM';

  @IsString()
  confirmedBy: string;
}

/**
 * Why a confirmed death was disproved. Wire values: never rename. A code, not the officer's text,
 * so the event carries no personal data.
 */
export const DEATH_DISPROOF_CODES = [
  'DEATH_CERTIFICATE_FORGED',
  'WORKER_FOUND_ALIVE',
  'WRONG_PERSON_IDENTIFIED',
  'OTHER',
] as const;
export type DeathDisproofCode = (typeof DEATH_DISPROOF_CODES)[number];

/**
 * A death claim whose DeathConfirmed was published was rejected because the death itself was
 * disproved: the worker is alive. Enrolment restores the worker's status before the death, but only
 * if it recorded the death from this same claim.
 */
export class DeathRetractedV1 {
  @IsUUID()
  claimId: string;

  @IsUUID()
  workerId: string;

  /** The date of death the claim had confirmed and now retracts. */
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  dateOfDeath: string;

  @IsString()
  retractedBy: string;

  @IsIn(DEATH_DISPROOF_CODES)
  reasonCode: DeathDisproofCode;
}
