import { ConflictError } from '@jaring/kernel';
import { maskNik } from '../identity/nik.rules';
import { normaliseName } from '../identity/person-name.rules';
import type { LocalDate } from '../shared/local-date.util';

/**
 * Duplicate rules:
 * - the same NIK is the same person: a DUPLICATE, refused (409 with the existing worker's id);
 * - the same normalised name, birth date and desa under a different NIK is a PROBABLE DUPLICATE
 *   (a mistyped NIK, or a second NIK issued in error): stored, but flagged for an officer to review.
 */
export interface DuplicateCandidate {
  readonly nik: string;
  readonly fullName: string;
  readonly birthDate: LocalDate;
  readonly desaCode: string;
}

/** A worker already stored (or an earlier row of the same import), as the duplicate check sees it. */
export interface KnownWorker {
  readonly workerId: string;
  readonly nik: string;
  readonly duplicateKey: string;
}

export type DuplicateVerdict =
  | { readonly kind: 'unique'; readonly duplicateKey: string }
  | { readonly kind: 'duplicate'; readonly duplicateKey: string; readonly existingWorkerId: string }
  | {
      readonly kind: 'probable-duplicate';
      readonly duplicateKey: string;
      readonly matchingWorkerIds: readonly string[];
    };

/**
 * The probable-duplicate matching key: desa, birth date and normalised name, e.g.
 * '76.04.01.2002|1990-05-12|muhammad yusuf'. Store it in an indexed column and look candidates up
 * by `nik = ? OR duplicate_key = ?`. The key changes whenever normaliseName's rules change, so
 * recompute stored keys in a migration when they do.
 */
export function duplicateKey(worker: Pick<DuplicateCandidate, 'fullName' | 'birthDate' | 'desaCode'>): string {
  return `${worker.desaCode}|${worker.birthDate}|${normaliseName(worker.fullName)}`;
}

/** Judges a candidate against the workers the repository found by NIK or duplicate key. */
export function judgeDuplicate(candidate: DuplicateCandidate, known: readonly KnownWorker[]): DuplicateVerdict {
  const key = duplicateKey(candidate);
  const sameNik = known.find((worker) => worker.nik === candidate.nik);
  if (sameNik) return { kind: 'duplicate', duplicateKey: key, existingWorkerId: sameNik.workerId };
  const matchingWorkerIds = known.filter((worker) => worker.duplicateKey === key).map((worker) => worker.workerId);
  return matchingWorkerIds.length > 0
    ? { kind: 'probable-duplicate', duplicateKey: key, matchingWorkerIds }
    : { kind: 'unique', duplicateKey: key };
}

/**
 * An in-memory index for one bulk import, so rows are also checked against earlier rows of the
 * same file (26k rows: lookups are by map, not by scanning). Remember each accepted row; rows of
 * a file are judged in file order, so the first occurrence wins.
 */
export class DuplicateIndex {
  private readonly byNik = new Map<string, KnownWorker>();
  private readonly byKey = new Map<string, KnownWorker[]>();

  remember(worker: KnownWorker): void {
    this.byNik.set(worker.nik, worker);
    this.byKey.set(worker.duplicateKey, [...(this.byKey.get(worker.duplicateKey) ?? []), worker]);
  }

  judge(candidate: DuplicateCandidate): DuplicateVerdict {
    return judgeDuplicate(candidate, this.knownMatching(candidate));
  }

  /** The remembered workers with the candidate's NIK or duplicate key: the `knownWorkers` Worker.register asks for. */
  knownMatching(candidate: DuplicateCandidate): KnownWorker[] {
    const sameNik = this.byNik.get(candidate.nik);
    const sameKey = this.byKey.get(duplicateKey(candidate)) ?? [];
    return sameNik ? [sameNik, ...sameKey.filter((worker) => worker !== sameNik)] : [...sameKey];
  }
}

/** A worker with this NIK is already enrolled (409). The message shows the NIK masked only. */
export class DuplicateNikError extends ConflictError {
  constructor(nik: string, existingWorkerId: string) {
    super(
      'NIK_ALREADY_ENROLLED',
      `a worker with NIK ${maskNik(nik)} is already enrolled (${existingWorkerId})`,
      'nik',
      { existingWorkerId },
    );
  }
}
