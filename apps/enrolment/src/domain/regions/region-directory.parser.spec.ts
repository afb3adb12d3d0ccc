import { polewaliMandarDirectory } from '../testing/enrolment.builders';
import { parseRegionCsv } from './region-directory.parser';

describe('parseRegionCsv', () => {
  const directory = polewaliMandarDirectory();

  it('reads Polewali Mandar: 16 districts, 23 kelurahan and 144 desa', () => {
    const villages = directory.villagesOf('76.04');
    expect(directory.regencies).toEqual([{ code: '76.04', name: 'Kabupaten Polewali Mandar' }]);
    expect(directory.districtsOf('76.04')).toHaveLength(16);
    expect(villages.filter((village) => village.level === 'kelurahan')).toHaveLength(23);
    expect(villages.filter((village) => village.level === 'desa')).toHaveLength(144);
  });

  it('answers a desa with its name and kecamatan', () => {
    expect(directory.findVillage('76.04', '76.04.01.2002')).toEqual({
      code: '76.04.01.2002',
      name: 'Karama',
      level: 'desa',
      district: { code: '76.04.01', name: 'Tinambung' },
      regencyCode: '76.04',
    });
    expect(directory.findVillage('76.04', '76.04.04.1001')?.level).toBe('kelurahan');
  });

  it('knows a village only within its own tenant', () => {
    expect(directory.hasVillage('76.04', '76.04.01.2002')).toBe(true);
    expect(directory.hasVillage('76.01', '76.04.01.2002')).toBe(false);
    expect(directory.hasVillage('76.04', '76.04.01.2999')).toBe(false);
  });

  const header = 'code,level,name\n';

  it('rejects a wrong header', () => {
    expect(() => parseRegionCsv('kode,tingkat,nama\n')).toThrow(
      expect.objectContaining({ code: 'REGION_CSV_INVALID' }),
    );
  });

  it('rejects an unknown level, naming the line', () => {
    expect(() => parseRegionCsv(`${header}76.04,kabupaten,"X"\n76.04.01,dusun,"Y"\n`)).toThrow(
      "region CSV line 3: level 'dusun' is not one of kabupaten, kota, kecamatan, kelurahan, desa",
    );
  });

  it('rejects a desa coded like a kelurahan (Kemendagri: 1NNN kelurahan, 2NNN desa)', () => {
    expect(() =>
      parseRegionCsv(`${header}76.04,kabupaten,"X"\n76.04.01,kecamatan,"Y"\n76.04.01.1001,desa,"Z"\n`),
    ).toThrow('region CSV line 4: a desa code must look like PP.RR.DD.2NNN');
  });

  it('rejects a village whose kecamatan is missing', () => {
    expect(() => parseRegionCsv(`${header}76.04,kabupaten,"X"\n76.04.01.2001,desa,"Z"\n`)).toThrow(
      'region CSV line 3: desa 76.04.01.2001 has no parent 76.04.01 in the file',
    );
  });

  it('rejects a code listed twice', () => {
    expect(() => parseRegionCsv(`${header}76.04,kabupaten,"X"\n76.04,kabupaten,"X"\n`)).toThrow(
      'region CSV line 3: code 76.04 already appears on line 2',
    );
  });
});
