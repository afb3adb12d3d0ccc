import { claimSearchParams } from './claim-search';

describe('the work queue search box', () => {
  it('searches a 16-digit NIK as a NIK, not as a claim number', () => {
    expect(claimSearchParams(' 7604011205900004 ')).toEqual({ nik: '7604011205900004' });
  });

  it('searches a claim number by the id or its first characters, in any case', () => {
    expect(claimSearchParams('AF52FAAC')).toEqual({ claimNumber: 'af52faac' });
    expect(claimSearchParams('3f9c2a71-0d4e-4f7a-9b1c-2d3e4f5a6b7c')).toEqual({
      claimNumber: '3f9c2a71-0d4e-4f7a-9b1c-2d3e4f5a6b7c',
    });
  });

  it('searches anything else of three or more characters as part of the worker’s name', () => {
    expect(claimSearchParams('rahmat')).toEqual({ workerName: 'rahmat' });
    // Eight letters that happen to be hexadecimal ("deadbeef", "facade…") are a name, not a number.
    expect(claimSearchParams('deadbeef')).toEqual({ workerName: 'deadbeef' });
    expect(claimSearchParams('Andi Baso')).toEqual({ workerName: 'Andi Baso' });
  });

  it('searches nothing for one or two characters', () => {
    expect(claimSearchParams('')).toBeUndefined();
    expect(claimSearchParams(' ra ')).toBeUndefined();
  });
});
