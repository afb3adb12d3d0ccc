import { PP82_2019_DISABILITY_TABLE } from './disability-table.data';

describe('PP82_2019_DISABILITY_TABLE', () => {
  const byCode = new Map(PP82_2019_DISABILITY_TABLE.map((row) => [row.code, row]));

  it('has unique codes', () => {
    expect(byCode.size).toBe(PP82_2019_DISABILITY_TABLE.length);
  });

  it('carries the RULES.md excerpt exactly', () => {
    const fixed = (code: string) => {
      const assessment = byCode.get(code)?.assessment;
      return assessment?.kind === 'fixed' ? assessment.percentBp / 100 : undefined;
    };
    expect([
      fixed('EYES_BOTH'),
      fixed('EYE_ONE'),
      fixed('HEARING_BOTH_EARS'),
      fixed('HEARING_ONE_EAR'),
      fixed('ARM_FROM_SHOULDER_RIGHT'),
      fixed('ARM_FROM_SHOULDER_LEFT'),
    ]).toEqual([70, 35, 40, 20, 40, 35]);
  });

  it('pairs every right upper-limb row with a left row of a smaller or equal percentage', () => {
    for (const row of PP82_2019_DISABILITY_TABLE.filter((candidate) => candidate.handSide === 'right')) {
      const mirror = byCode.get(row.mirrorCode ?? '');
      expect(mirror).toMatchObject({ handSide: 'left', mirrorCode: row.code });
      if (row.assessment.kind === 'fixed' && mirror?.assessment.kind === 'fixed') {
        expect(mirror.assessment.percentBp).toBeLessThanOrEqual(row.assessment.percentBp);
      }
    }
  });

  it('never exceeds the 70% of a total disability in a single row', () => {
    for (const row of PP82_2019_DISABILITY_TABLE) {
      const highest =
        row.assessment.kind === 'fixed'
          ? row.assessment.percentBp
          : row.assessment.kind === 'range'
            ? row.assessment.maxBp
            : row.assessment.perUnitBp;
      expect(highest).toBeLessThanOrEqual(7000);
    }
  });
});
