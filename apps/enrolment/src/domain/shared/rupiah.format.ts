import { type Rupiah } from '@jaring/kernel';

/** 'Rp1.000.000': Indonesian thousands separators, fixed so messages never depend on the host's ICU data. */
export function formatRupiah(amount: Rupiah): string {
  const sign = amount < 0 ? '-' : '';
  const digits = String(Math.abs(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${sign}Rp${digits}`;
}
