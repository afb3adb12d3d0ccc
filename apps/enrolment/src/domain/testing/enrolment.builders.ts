import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FEMALE_DAY_OFFSET } from '../identity/nik.rules';
import { KEMENDAGRI_REGENCY_CODES } from '../regions/regency-codes.lookup';
import { type BankDirectory, parseBankCsv } from '../banks/bank-directory';
import type { ImportContext } from '../import/import-row.parser';
import { parseRegionCsv, type RegionDirectory } from '../regions/region-directory.parser';
import type { Sponsor } from '../sponsor/sponsor.model';
import type { Sex } from '../shared/person.types';
import type { FamilyMemberInput } from '../worker/family.rules';
import type { RegisterWorkerInput, RegistrationContext } from '../worker/registration.types';
import { Worker, type Attribution } from '../worker/worker.aggregate';

/** Test data builders: synthetic people only. Never put a real NIK in a test. */

export const SEED_DIR = join(__dirname, '..', '..', '..', 'seed');

let directory: RegionDirectory | undefined;

/** The Polewali Mandar desa/kelurahan directory from the checked-in seed. */
let banks: BankDirectory | undefined;

/** The bank table shipped in the seed folder, read once. */
export function seedBankDirectory(): BankDirectory {
  banks ??= parseBankCsv(readFileSync(join(SEED_DIR, 'banks.csv'), 'utf8'));
  return banks;
}

export function polewaliMandarDirectory(): RegionDirectory {
  directory ??= parseRegionCsv(readFileSync(join(SEED_DIR, 'polewali-mandar-regions.csv'), 'utf8'));
  return directory;
}

/**
 * A synthetic NIK consistent with the given birth date and sex (women: day + 40), e.g.
 * makeNik({ birthDate: '1990-05-12', sex: 'M' }) = '7604011205900001'.
 */
export function makeNik(options: {
  birthDate: string;
  sex: Sex;
  regency?: string;
  district?: string;
  serial?: string;
}): string {
  const [year, month, day] = options.birthDate.split('-');
  const encodedDay = Number(day) + (options.sex === 'F' ? FEMALE_DAY_OFFSET : 0);
  return [
    options.regency ?? '7604',
    options.district ?? '01',
    String(encodedDay).padStart(2, '0'),
    month,
    (year ?? '').slice(2),
    options.serial ?? '0001',
  ].join('');
}

/** Pemkab Polewali Mandar as in the article: PKS signed 2025-05-16, coverage from 2025-10-06 (PKS number invented). */
export function aSponsor(overrides: Partial<Sponsor> = {}): Sponsor {
  return {
    id: '6f1c1e38-3f4a-4d59-9a3e-0c6e1f1d7a01',
    name: 'Pemerintah Kabupaten Polewali Mandar',
    tenant: '76.04',
    fundingSource: 'APBD',
    agreement: { pksNumber: 'PKS-TEST/001/2025', signingDate: '2025-05-16', coverageStartDate: '2025-10-06' },
    programmes: ['JKK', 'JKM'],
    declaredIncomeBasis: 1_000_000,
    ...overrides,
  };
}

export const TODAY = '2026-01-15';

export function aRegistrationContext(overrides: Partial<RegistrationContext> = {}): RegistrationContext {
  return {
    sponsor: aSponsor(),
    regions: polewaliMandarDirectory(),
    regencyCodes: KEMENDAGRI_REGENCY_CODES,
    today: TODAY,
    ...overrides,
  };
}

export function anImportContext(overrides: Partial<ImportContext> = {}): ImportContext {
  return { ...aRegistrationContext(), banks: seedBankDirectory(), ...overrides };
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** A valid registration of a synthetic ojek driver in Karama (Tinambung); change what the test is about. */
export class RegistrationBuilder {
  private readonly input: Writable<RegisterWorkerInput> = {
    nik: '7604011205900001',
    fullName: 'Ahmad Contoh',
    birthDate: '1990-05-12',
    sex: 'M',
    addressLine: 'Dusun Contoh RT 001 RW 002',
    desaCode: '76.04.01.2002',
    occupation: 'ojek',
    phone: '0812-3456-7890',
    kk: { number: '7604010101200001', since: '2020-01-01' },
    payoutAccount: { bankCode: '002', accountNumber: '123456789012', holderName: 'Ahmad Contoh' },
    declaredMonthlyIncome: 1_000_000,
    enrolmentDate: '2025-09-01',
  };

  /** Changes birth date and sex and issues a matching NIK. */
  bornOn(birthDate: string, sex: Sex = 'M'): this {
    Object.assign(this.input, { birthDate, sex, nik: makeNik({ birthDate, sex }) });
    return this;
  }

  with(changes: Partial<RegisterWorkerInput>): this {
    Object.assign(this.input, changes);
    return this;
  }

  without(...fields: ('phone' | 'kk' | 'payoutAccount')[]): this {
    for (const field of fields) delete this.input[field];
    return this;
  }

  build(): RegisterWorkerInput {
    return { ...this.input };
  }
}

export function aRegistration(): RegistrationBuilder {
  return new RegistrationBuilder();
}

export const BY_OFFICER: Attribution = { actor: 'officer-1', at: '2026-01-15T02:00:00.000Z' };

/** A freshly registered (pending) worker. */
export function aPendingWorker(input: RegisterWorkerInput = aRegistration().build(), workerId = 'worker-1'): Worker {
  return Worker.register({ workerId, input, context: aRegistrationContext(), knownWorkers: [], ...BY_OFFICER }).worker;
}

/** A worker covered since the PKS coverage start. */
export function anActiveWorker(input?: RegisterWorkerInput): Worker {
  const worker = aPendingWorker(input);
  worker.activate({ ...BY_OFFICER, effectiveDate: worker.coverageStartDate, reason: 'coverage started' });
  return worker;
}

/** A daughter of the default worker: unmarried, at school. */
export function aChild(overrides: Partial<FamilyMemberInput> = {}): FamilyMemberInput {
  return {
    relationship: 'child',
    nik: makeNik({ birthDate: '2015-03-04', sex: 'F', serial: '0002' }),
    fullName: 'Siti Contoh',
    birthDate: '2015-03-04',
    sex: 'F',
    married: false,
    working: false,
    ...overrides,
  };
}

/** The default worker's wife. */
export function aSpouse(overrides: Partial<FamilyMemberInput> = {}): FamilyMemberInput {
  return {
    relationship: 'spouse',
    nik: makeNik({ birthDate: '1992-08-25', sex: 'F', serial: '0003' }),
    fullName: 'Nurhayati Contoh',
    birthDate: '1992-08-25',
    sex: 'F',
    ...overrides,
  };
}
