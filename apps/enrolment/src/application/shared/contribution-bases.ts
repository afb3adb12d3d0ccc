import type { Rupiah } from '@jaring/kernel';
import type { IncomeBasis, IncomeBracketTable } from '@jaring/income-basis';
import { contributionBasisOn } from '../../domain';
import type { Clock } from '../ports/clock';

/** The basis each declared income is billed at this month, shown to officers beside the income (RULES.md §1). */
export class ContributionBases {
  constructor(
    private readonly incomeBrackets: readonly IncomeBracketTable[],
    private readonly clock: Clock,
  ) {}

  of(declaredMonthlyIncome: Rupiah): IncomeBasis {
    return contributionBasisOn(declaredMonthlyIncome, this.clock.today(), this.incomeBrackets);
  }
}
