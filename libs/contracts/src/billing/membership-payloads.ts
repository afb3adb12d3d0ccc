import { IsInt, IsUUID, Matches, Min } from 'class-validator';

/** More than the allowed consecutive months went unpaid: the membership lapses (nonaktif). */
export class MembershipLapsedV1 {
  @IsUUID()
  workerId: string;

  @IsUUID()
  sponsorId: string;

  /** The first month no longer covered. */
  @Matches(/^\d{4}-\d{2}$/)
  lapsedFromMonth: string;

  @IsInt()
  @Min(1)
  consecutiveUnpaidMonths: number;
}
