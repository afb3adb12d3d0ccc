import type { ActionSpec } from '../forms/ActionForm';
import { ACCIDENT_CATEGORIES } from './claim-actions';

/** Stage I: a (suspected) work accident, by the worker's NIK. */
export const REPORT_ACCIDENT: ActionSpec = {
  title: 'actions.reportAccident',
  service: 'claims',
  path: '/v1/claims/accidents',
  fields: [
    { name: 'nik', label: 'fields.nik', required: true },
    { name: 'incidentDate', label: 'fields.incidentDate', kind: 'date', required: true },
    { name: 'place', label: 'fields.place', required: true },
    { name: 'cause', label: 'fields.cause', kind: 'textarea', required: true },
    {
      name: 'circumstances.category',
      label: 'fields.category',
      kind: 'select',
      required: true,
      options: ACCIDENT_CATEGORIES.map((value) => ({ value, label: value })),
      codes: 'accidentCategory',
    },
    { name: 'circumstances.trafficAccident', label: 'fields.trafficAccident', kind: 'checkbox' },
    { name: 'policeReportNumber', label: 'fields.policeReportNumber' },
    { name: 'reporter.name', label: 'fields.reporterName', required: true },
    { name: 'reporter.relationship', label: 'fields.reporterRelationship' },
  ],
  initial: { 'circumstances.trafficAccident': false },
};

/** A death for JKM (a death from a work accident is stage II of the accident's claim). */
export const REPORT_DEATH: ActionSpec = {
  title: 'actions.reportDeath',
  service: 'claims',
  path: '/v1/claims/deaths',
  fields: [
    { name: 'nik', label: 'fields.nik', required: true },
    { name: 'dateOfDeath', label: 'fields.dateOfDeath', kind: 'date', required: true },
    { name: 'causeOfDeath', label: 'fields.causeOfDeath', required: true },
    { name: 'deathCertificateNumber', label: 'fields.deathCertificateNumber', required: true },
    { name: 'placeOfDeath', label: 'fields.placeOfDeath' },
    { name: 'reporter.name', label: 'fields.reporterName', required: true },
    { name: 'reporter.relationship', label: 'fields.reporterRelationship' },
  ],
};
