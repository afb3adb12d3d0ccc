import { type Rupiah } from '@jaring/kernel';
import type { LocalDate } from '../shared/local-date.util';
import type { Sex } from '../shared/person.types';
import type { RegencyCodeLookup } from '../regions/regency-codes.lookup';
import type { RegionDirectory, VillageCode } from '../regions/region-directory.parser';
import type { Sponsor } from '../sponsor/sponsor.model';
import type { EnrolmentWindow } from './enrolment-window.rules';

/** The informal occupations the Pemkab lists; 'lainnya' = other. Wire values: never rename. */
export const OCCUPATIONS = [
  'ojek',
  'bentor',
  'buruh-harian',
  'pedagang-kaki-lima',
  'nelayan',
  'petani',
  'pekerja-tempat-ibadah',
  'lainnya',
] as const;
export type Occupation = (typeof OCCUPATIONS)[number];

/**
 * The family card (Kartu Keluarga) the worker is listed on. Its number changes when a family moves
 * or splits, so it is a dated attribute of the worker, never an identity: `since` is the date the
 * worker has been on this card (its issue date when unknown).
 */
export interface FamilyCard {
  readonly number: string;
  readonly since: LocalDate;
}

/** Where cash benefits are paid: a bank account in the worker's own name (RULES.md §6, no e-wallets). */
export interface PayoutAccount {
  /** The 3-digit bank code of Bank Indonesia's clearing list, e.g. '002' BRI, '009' BNI. */
  readonly bankCode: string;
  readonly accountNumber: string;
  readonly holderName: string;
}

/**
 * The worker's BPJS Ketenagakerjaan membership before Jaring (RULES.md §3–4): the JKM scholarship's
 * 36 months and the short-membership policy count it, not only the months billed here. Recorded
 * with the document that proves it (a membership card, a contribution statement).
 */
export interface PriorMembership {
  readonly bpjsMembershipStart: LocalDate;
  /** Whole months of contributions already paid before enrolment here. */
  readonly monthsPaid: number;
  /** What proves it, e.g. 'Kartu peserta BPJS TK 12345678901'. */
  readonly proofDocument: string;
}

/**
 * A request to enrol one worker, as received from the single POST or a bulk-import row: strings
 * not yet checked. Phone, family card and payout account are optional so that missing contact or
 * payout details never hold up coverage; a claim asks for them when it needs them.
 */
export interface RegisterWorkerInput {
  readonly nik: string;
  /** As written on the KTP. */
  readonly fullName: string;
  readonly birthDate: string;
  /** 'M' or 'F'. */
  readonly sex: string;
  /** Street, RT/RW, dusun: the part of the address below the desa. */
  readonly addressLine: string;
  /** Desa/kelurahan of domicile (from the KK address), 'PP.RR.DD.NNNN', inside the sponsor's regency. */
  readonly desaCode: string;
  /** One of OCCUPATIONS. */
  readonly occupation: string;
  /** Indonesian mobile number in any usual form (+62, 62, 0). */
  readonly phone?: string;
  readonly kk?: { readonly number: string; readonly since: string };
  readonly payoutAccount?: PayoutAccount;
  /** Whole rupiah per month; at least the legal minimum in force on the enrolment date. */
  readonly declaredMonthlyIncome: number;
  readonly enrolmentDate: string;
  readonly priorMembership?: {
    readonly bpjsMembershipStart: string;
    readonly monthsPaid: number;
    readonly proofDocument: string;
  };
}

/** A registration that passed validateRegistration: typed, trimmed, phone in E.164 form. */
export interface RegisterWorker {
  readonly nik: string;
  readonly fullName: string;
  readonly birthDate: LocalDate;
  readonly sex: Sex;
  readonly addressLine: string;
  readonly desaCode: VillageCode;
  readonly occupation: Occupation;
  /** '+628...' */
  readonly phone?: string;
  readonly kk?: FamilyCard;
  readonly payoutAccount?: PayoutAccount;
  readonly declaredMonthlyIncome: Rupiah;
  readonly enrolmentDate: LocalDate;
  readonly priorMembership?: PriorMembership;
}

/** What validation needs besides the input; the edge assembles it per request or per import. */
export interface RegistrationContext {
  /** The sponsor (tenant) the worker is enrolled under. */
  readonly sponsor: Sponsor;
  /** Desa/kelurahan known for the tenant. */
  readonly regions: RegionDirectory;
  /** Province and regency codes valid in a NIK. */
  readonly regencyCodes: RegencyCodeLookup;
  /** The current date from the clock port: no birth date or KK date may lie after it. */
  readonly today: LocalDate;
  /**
   * The enrolment dates allowed today, and whether a supervisor approved an earlier one. Given when
   * a worker is enrolled; absent when a registration is re-validated on a change, which never
   * moves the enrolment date.
   */
  readonly enrolmentWindow?: EnrolmentWindow;
}
