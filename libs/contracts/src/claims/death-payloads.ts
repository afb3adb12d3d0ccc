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
