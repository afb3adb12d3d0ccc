import { bodyOf, placeViolations, type FieldSpec } from './form-body';

const fields: FieldSpec[] = [
  { name: 'nik', label: 'l' },
  { name: 'reporter.name', label: 'l' },
  { name: 'reporter.phone', label: 'l' },
  { name: 'income', label: 'l', kind: 'number' },
  { name: 'heirStatementMemberIds', label: 'l', kind: 'list' },
];

describe('an action form', () => {
  it('builds nested bodies, leaves empty inputs out, keeps the fixed part', () => {
    expect(
      bodyOf(
        fields,
        {
          nik: '7604011203850001',
          'reporter.name': 'Hasnah',
          'reporter.phone': '',
          income: '1500000',
          heirStatementMemberIds: 'a, b,',
        },
        { circumstances: { category: 'at-work' } },
      ),
    ).toEqual({
      nik: '7604011203850001',
      reporter: { name: 'Hasnah' },
      income: 1_500_000,
      heirStatementMemberIds: ['a', 'b'],
      circumstances: { category: 'at-work' },
    });
  });

  it("places the API's violations beside their fields and keeps the others for the form", () => {
    const placed = placeViolations(fields, [
      { field: 'nik', code: 'NIK_INVALID', message: 'nik must be 16 digits' },
      { field: 'reporter.name', code: 'REQUIRED', message: 'name is required' },
      { field: 'heirStatementMemberIds.0', code: 'UUID', message: 'must be a UUID' },
      { field: 'dateOfDeath', code: 'DATE_INVALID', message: 'not a date' },
      { code: 'CLAIM_TRANSITION_NOT_ALLOWED', message: 'verify first' },
    ]);
    expect(placed.byField).toEqual({
      nik: 'nik must be 16 digits',
      'reporter.name': 'name is required',
      heirStatementMemberIds: 'must be a UUID',
    });
    expect(placed.unplaced.map((violation) => violation.code)).toEqual([
      'DATE_INVALID',
      'CLAIM_TRANSITION_NOT_ALLOWED',
    ]);
  });
});
