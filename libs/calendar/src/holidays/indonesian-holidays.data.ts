import type { Holiday } from './holiday.types';

// SKB 3 Menteri No. 1017/2024, 2/2024, 2/2024 (14 Oct 2024), amended by No. 933/2025, 1/2025,
// 3/2025 (7 Aug 2025, adds 18 August): national holidays and collective leave 2025.
const SKB_2025 = 'SKB 3 Menteri 1017/2024, 2/2024, 2/2024';
const SKB_2025_AMENDMENT = 'SKB 3 Menteri 933/2025, 1/2025, 3/2025';
// SKB 3 Menteri No. 1497/2025, 2/2025, 5/2025 (19 Sep 2025): 17 national holidays, 8 days of collective leave.
const SKB_2026 = 'SKB 3 Menteri 1497/2025, 2/2025, 5/2025';
// Keppres 8/2024 on national holidays names the days; for 2027 no SKB was available when this was
// written. Fixed-date and Christian (computus) holidays are certain; the lunar and lunisolar ones
// are astronomical estimates and marked provisional. No collective leave is known for 2027.
const KEPPRES_2027 = 'Keppres 8/2024 (date fixed by law)';
const ESTIMATE = 'estimate (no SKB for 2027 yet)';

const national = (date: string, name: string, source: string, provisional = false): Holiday => ({
  date,
  name,
  kind: 'national-holiday',
  source,
  ...(provisional ? { provisional } : {}),
});
const leave = (date: string, name: string, source: string): Holiday => ({
  date,
  name,
  kind: 'collective-leave',
  source,
});

/** Indonesian national holidays and collective leave, 2025 to 2027, in date order. */
export const INDONESIAN_HOLIDAYS: readonly Holiday[] = [
  national('2025-01-01', 'Tahun Baru 2025 Masehi', SKB_2025),
  national('2025-01-27', 'Isra Mikraj Nabi Muhammad SAW', SKB_2025),
  leave('2025-01-28', 'Cuti bersama Tahun Baru Imlek', SKB_2025),
  national('2025-01-29', 'Tahun Baru Imlek 2576 Kongzili', SKB_2025),
  leave('2025-03-28', 'Cuti bersama Hari Suci Nyepi', SKB_2025),
  national('2025-03-29', 'Hari Suci Nyepi (Tahun Baru Saka 1947)', SKB_2025),
  national('2025-03-31', 'Idul Fitri 1446 H', SKB_2025),
  national('2025-04-01', 'Idul Fitri 1446 H', SKB_2025),
  leave('2025-04-02', 'Cuti bersama Idul Fitri', SKB_2025),
  leave('2025-04-03', 'Cuti bersama Idul Fitri', SKB_2025),
  leave('2025-04-04', 'Cuti bersama Idul Fitri', SKB_2025),
  leave('2025-04-07', 'Cuti bersama Idul Fitri', SKB_2025),
  national('2025-04-18', 'Wafat Yesus Kristus', SKB_2025),
  national('2025-04-20', 'Kebangkitan Yesus Kristus (Paskah)', SKB_2025),
  national('2025-05-01', 'Hari Buruh Internasional', SKB_2025),
  national('2025-05-12', 'Hari Raya Waisak 2569 BE', SKB_2025),
  leave('2025-05-13', 'Cuti bersama Waisak', SKB_2025),
  national('2025-05-29', 'Kenaikan Yesus Kristus', SKB_2025),
  leave('2025-05-30', 'Cuti bersama Kenaikan Yesus Kristus', SKB_2025),
  national('2025-06-01', 'Hari Lahir Pancasila', SKB_2025),
  national('2025-06-06', 'Idul Adha 1446 H', SKB_2025),
  leave('2025-06-09', 'Cuti bersama Idul Adha', SKB_2025),
  national('2025-06-27', 'Tahun Baru Islam 1447 H', SKB_2025),
  national('2025-08-17', 'Proklamasi Kemerdekaan', SKB_2025),
  leave('2025-08-18', 'Cuti bersama HUT ke-80 Republik Indonesia', SKB_2025_AMENDMENT),
  national('2025-09-05', 'Maulid Nabi Muhammad SAW', SKB_2025),
  national('2025-12-25', 'Kelahiran Yesus Kristus', SKB_2025),
  leave('2025-12-26', 'Cuti bersama Kelahiran Yesus Kristus', SKB_2025),

  national('2026-01-01', 'Tahun Baru 2026 Masehi', SKB_2026),
  national('2026-01-16', 'Isra Mikraj Nabi Muhammad SAW', SKB_2026),
  leave('2026-02-16', 'Cuti bersama Tahun Baru Imlek', SKB_2026),
  national('2026-02-17', 'Tahun Baru Imlek 2577 Kongzili', SKB_2026),
  leave('2026-03-18', 'Cuti bersama Hari Suci Nyepi', SKB_2026),
  national('2026-03-19', 'Hari Suci Nyepi (Tahun Baru Saka 1948)', SKB_2026),
  leave('2026-03-20', 'Cuti bersama Idul Fitri', SKB_2026),
  national('2026-03-21', 'Idul Fitri 1447 H', SKB_2026),
  national('2026-03-22', 'Idul Fitri 1447 H', SKB_2026),
  leave('2026-03-23', 'Cuti bersama Idul Fitri', SKB_2026),
  leave('2026-03-24', 'Cuti bersama Idul Fitri', SKB_2026),
  national('2026-04-03', 'Wafat Yesus Kristus', SKB_2026),
  national('2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)', SKB_2026),
  national('2026-05-01', 'Hari Buruh Internasional', SKB_2026),
  national('2026-05-14', 'Kenaikan Yesus Kristus', SKB_2026),
  leave('2026-05-15', 'Cuti bersama Kenaikan Yesus Kristus', SKB_2026),
  national('2026-05-27', 'Idul Adha 1447 H', SKB_2026),
  leave('2026-05-28', 'Cuti bersama Idul Adha', SKB_2026),
  national('2026-05-31', 'Hari Raya Waisak 2570 BE', SKB_2026),
  national('2026-06-01', 'Hari Lahir Pancasila', SKB_2026),
  national('2026-06-16', 'Tahun Baru Islam 1448 H', SKB_2026),
  national('2026-08-17', 'Proklamasi Kemerdekaan', SKB_2026),
  national('2026-08-25', 'Maulid Nabi Muhammad SAW', SKB_2026),
  leave('2026-12-24', 'Cuti bersama Kelahiran Yesus Kristus', SKB_2026),
  national('2026-12-25', 'Kelahiran Yesus Kristus', SKB_2026),

  national('2027-01-01', 'Tahun Baru 2027 Masehi', KEPPRES_2027),
  national('2027-01-05', 'Isra Mikraj Nabi Muhammad SAW', ESTIMATE, true),
  national('2027-02-06', 'Tahun Baru Imlek 2578 Kongzili', ESTIMATE, true),
  national('2027-03-09', 'Hari Suci Nyepi (Tahun Baru Saka 1949)', ESTIMATE, true),
  national('2027-03-10', 'Idul Fitri 1448 H', ESTIMATE, true),
  national('2027-03-11', 'Idul Fitri 1448 H', ESTIMATE, true),
  national('2027-03-26', 'Wafat Yesus Kristus', KEPPRES_2027),
  national('2027-03-28', 'Kebangkitan Yesus Kristus (Paskah)', KEPPRES_2027),
  national('2027-05-01', 'Hari Buruh Internasional', KEPPRES_2027),
  national('2027-05-06', 'Kenaikan Yesus Kristus', KEPPRES_2027),
  national('2027-05-17', 'Idul Adha 1448 H', ESTIMATE, true),
  national('2027-05-20', 'Hari Raya Waisak 2571 BE', ESTIMATE, true),
  national('2027-06-01', 'Hari Lahir Pancasila', KEPPRES_2027),
  national('2027-06-06', 'Tahun Baru Islam 1449 H', ESTIMATE, true),
  national('2027-08-15', 'Maulid Nabi Muhammad SAW', ESTIMATE, true),
  national('2027-08-17', 'Proklamasi Kemerdekaan', KEPPRES_2027),
  national('2027-12-25', 'Kelahiran Yesus Kristus', KEPPRES_2027),
];

/** The years the list above covers completely (outside them only weekends are days off). */
export const INDONESIAN_HOLIDAY_YEARS = { from: 2025, to: 2027 } as const;
