import { normaliseIndonesianMobile } from './phone.rules';

describe('normaliseIndonesianMobile', () => {
  it.each([
    ['0812-3456-7890', '+6281234567890'],
    ['+62 812 3456 7890', '+6281234567890'],
    ['6281234567890', '+6281234567890'],
    ['(0812) 3456.7890', '+6281234567890'],
    ['81234567890', '+6281234567890'],
    ['+62 0812 3456 7890', '+6281234567890'],
    ['0811123456', '+62811123456'],
  ])('reads %s as %s', (raw, expected) => {
    expect(normaliseIndonesianMobile(raw)).toBe(expected);
  });

  it.each([
    ['a landline (Polewali, 0428)', '0428-21234'],
    ['a foreign number', '+60 12 345 6789'],
    ['too few digits', '0812345'],
    ['too many digits', '085212345678901'],
    ['letters', '0812-ABCD-7890'],
    ['nothing', ''],
  ])('rejects %s', (_what, raw) => {
    expect(normaliseIndonesianMobile(raw)).toBeUndefined();
  });
});
