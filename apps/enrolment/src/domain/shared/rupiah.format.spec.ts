import { formatRupiah } from './rupiah.format';

describe('formatRupiah', () => {
  it('groups thousands with dots', () => {
    expect(formatRupiah(431_995_200)).toBe('Rp431.995.200');
    expect(formatRupiah(16_800)).toBe('Rp16.800');
    expect(formatRupiah(999)).toBe('Rp999');
    expect(formatRupiah(-1_000)).toBe('-Rp1.000');
  });
});
