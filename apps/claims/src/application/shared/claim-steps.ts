import { stepsFromAudit, type ClaimStep } from '../../domain';
import type { ClaimRecord } from '../ports/claim.store';
import type { PayoutAccountRecord } from './claim-record';

/** Who entered (a claims officer; enrolment's account has no claims maker) and who confirmed the payout account. */
export function accountSteps(account: PayoutAccountRecord | undefined): ClaimStep[] {
  if (!account) return [];
  return [
    ...(account.source === 'officer'
      ? [{ role: 'account-enterer' as const, by: account.setBy, at: account.setAt }]
      : []),
    ...(account.confirmation
      ? [{ role: 'account-confirmer' as const, by: account.confirmation.by, at: account.confirmation.at }]
      : []),
  ];
}

/** Which people (token subjects) did which step of the claim, oldest first: what the maker-checker rules judge. */
export function claimSteps(record: ClaimRecord): ClaimStep[] {
  return [...stepsFromAudit(record.snapshot.audit), ...accountSteps(record.details.payoutAccount)].sort(
    (first, second) => Date.parse(first.at) - Date.parse(second.at),
  );
}
