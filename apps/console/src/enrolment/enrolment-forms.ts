import type { ActionSpec } from '../forms/ActionForm';
import type { FieldSpec } from '../forms/form-body';

const options = (values: readonly string[]) => values.map((value) => ({ value, label: value }));

const SEX = options(['M', 'F']);
const OCCUPATIONS = options([
  'ojek',
  'bentor',
  'buruh-harian',
  'pedagang-kaki-lima',
  'nelayan',
  'petani',
  'pekerja-tempat-ibadah',
  'lainnya',
]);
export const RELATIONSHIPS = options([
  'spouse',
  'child',
  'parent',
  'grandparent',
  'grandchild',
  'sibling',
  'parent-in-law',
]);

/** The details an officer may change after registration (UpdateWorkerRequest); the NIK and regency never change. */
const DETAILS: FieldSpec[] = [
  { name: 'fullName', label: 'fields.fullName', required: true },
  { name: 'birthDate', label: 'fields.birthDate', kind: 'date', required: true },
  { name: 'sex', label: 'fields.sex', kind: 'select', options: SEX, required: true },
  { name: 'addressLine', label: 'fields.addressLine', required: true },
  { name: 'desaCode', label: 'fields.desaCode', required: true },
  {
    name: 'occupation',
    label: 'fields.occupation',
    kind: 'select',
    options: OCCUPATIONS,
    codes: 'occupation',
    required: true,
  },
  { name: 'phone', label: 'fields.phone' },
  { name: 'kk.number', label: 'fields.kkNumber' },
  { name: 'kk.since', label: 'fields.kkSince', kind: 'date' },
  { name: 'declaredMonthlyIncome', label: 'fields.declaredMonthlyIncome', kind: 'number' },
  { name: 'payoutAccount.bankCode', label: 'fields.bankCode' },
  { name: 'payoutAccount.accountNumber', label: 'fields.accountNumber' },
  { name: 'payoutAccount.holderName', label: 'fields.holderName' },
];

export function enrolWorker(tenants: readonly string[]): ActionSpec {
  return {
    title: 'workers.enrol',
    service: 'enrolment',
    path: '/v1/workers',
    fields: [
      { name: 'tenant', label: 'fields.tenant', kind: 'select', options: options(tenants), required: true },
      { name: 'nik', label: 'fields.nik', required: true },
      ...DETAILS,
      { name: 'enrolmentDate', label: 'fields.enrolmentDate', kind: 'date' },
    ],
    initial: { tenant: tenants[0] ?? '' },
  };
}

export function editWorker(workerId: string, current: Record<string, string>): ActionSpec {
  return {
    title: 'workers.edit',
    service: 'enrolment',
    method: 'PATCH',
    path: `/v1/workers/${workerId}`,
    fields: DETAILS,
    initial: current,
  };
}

export function addFamilyMember(workerId: string): ActionSpec {
  return {
    title: 'workers.addFamily',
    service: 'enrolment',
    path: `/v1/workers/${workerId}/family`,
    fields: [
      {
        name: 'relationship',
        label: 'fields.relationship',
        kind: 'select',
        options: RELATIONSHIPS,
        codes: 'relationship',
        required: true,
      },
      { name: 'nik', label: 'fields.nik', required: true },
      { name: 'fullName', label: 'fields.fullName', required: true },
      { name: 'birthDate', label: 'fields.birthDate', kind: 'date', required: true },
      { name: 'sex', label: 'fields.sex', kind: 'select', options: SEX, required: true },
      { name: 'married', label: 'fields.married', kind: 'checkbox' },
      { name: 'working', label: 'fields.working', kind: 'checkbox' },
    ],
  };
}
