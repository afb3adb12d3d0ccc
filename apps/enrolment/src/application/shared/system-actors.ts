/**
 * The `actor` of transitions no officer made: recorded in the status history and in events, so an
 * auditor can tell a lapse decided by billing from a suspension typed in by an officer.
 */
export const SYSTEM_ACTORS = {
  enrolment: 'system:enrolment',
  billing: 'system:billing',
  claims: 'system:claims',
} as const;
