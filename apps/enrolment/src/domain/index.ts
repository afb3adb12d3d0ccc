/**
 * The enrolment service's business rules: plain TypeScript with no framework, ORM or broker
 * imports, so the NestJS, database and Kafka edges call these and nothing here calls them.
 */
export * from './shared/local-date.util';
export * from './shared/field-violation.types';
export * from './shared/person.types';
export * from './shared/csv.parser';
export * from './shared/rupiah.format';
export * from './regions/indonesian-regencies.data';
export * from './regions/regency-codes.lookup';
export * from './regions/region-directory.parser';
export * from './banks/bank-directory';
export * from './identity/nik.rules';
export * from './identity/phone.rules';
export * from './identity/person-name.rules';
export * from './sponsor/declared-income.rule-set';
export * from './sponsor/sponsor.model';
export * from './worker/registration.types';
export * from './worker/registration.rules';
export * from './worker/enrolment-window.rules';
export * from './worker/duplicate.rules';
export * from './worker/family.rules';
export * from './worker/worker-status.rules';
export * from './worker/death-retraction.rules';
export * from './worker/worker.events';
export * from './worker/worker.aggregate';
export * from './import/import-columns.layout';
export * from './import/import-row.parser';
