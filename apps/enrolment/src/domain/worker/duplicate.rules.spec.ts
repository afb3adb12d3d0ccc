import {
  DuplicateIndex,
  DuplicateNikError,
  duplicateKey,
  judgeDuplicate,
  type DuplicateCandidate,
} from './duplicate.rules';

const ahmad: DuplicateCandidate = {
  nik: '7604011205900001',
  fullName: 'H. Ahmad Yusuf',
  birthDate: '1990-05-12',
  desaCode: '76.04.01.2002',
};

describe('duplicateKey', () => {
  it('is desa, birth date and normalised name', () => {
    expect(duplicateKey(ahmad)).toBe('76.04.01.2002|1990-05-12|ahmad yusuf');
  });

  it('is the same for spellings that normalise alike', () => {
    expect(duplicateKey({ ...ahmad, fullName: 'AHMAD  YUSUF, S.Pd.' })).toBe(duplicateKey(ahmad));
  });
});

describe('judgeDuplicate', () => {
  const stored = { workerId: 'worker-1', nik: ahmad.nik, duplicateKey: duplicateKey(ahmad) };

  it('finds nothing among unrelated workers', () => {
    const other = {
      workerId: 'worker-9',
      nik: '7604015208920003',
      duplicateKey: '76.04.01.2002|1992-08-12|siti aminah',
    };
    expect(judgeDuplicate(ahmad, [other])).toEqual({
      kind: 'unique',
      duplicateKey: '76.04.01.2002|1990-05-12|ahmad yusuf',
    });
  });

  it('calls the same NIK a duplicate, with the existing id, even under another name', () => {
    expect(judgeDuplicate({ ...ahmad, fullName: 'Someone Else' }, [stored])).toEqual({
      kind: 'duplicate',
      duplicateKey: '76.04.01.2002|1990-05-12|someone else',
      existingWorkerId: 'worker-1',
    });
  });

  it('calls the same name, birth date and desa under another NIK a probable duplicate', () => {
    const mistyped = { ...ahmad, nik: '7604011205900002', fullName: 'Ahmad Yusuf' };
    expect(judgeDuplicate(mistyped, [stored])).toEqual({
      kind: 'probable-duplicate',
      duplicateKey: stored.duplicateKey,
      matchingWorkerIds: ['worker-1'],
    });
  });

  it('prefers the NIK match when both rules match', () => {
    expect(judgeDuplicate(ahmad, [stored, { ...stored, workerId: 'worker-2', nik: '7604011205900002' }]).kind).toBe(
      'duplicate',
    );
  });

  it('does not match the same name and birth date in another desa', () => {
    const elsewhere = { ...ahmad, nik: '7604011205900002', desaCode: '76.04.01.2003' };
    expect(judgeDuplicate(elsewhere, [stored]).kind).toBe('unique');
  });
});

describe('DuplicateIndex (rows of one import)', () => {
  it('judges each row against the rows remembered before it', () => {
    const index = new DuplicateIndex();
    expect(index.judge(ahmad).kind).toBe('unique');
    index.remember({ workerId: 'row 2', nik: ahmad.nik, duplicateKey: duplicateKey(ahmad) });

    expect(index.judge(ahmad)).toEqual(expect.objectContaining({ kind: 'duplicate', existingWorkerId: 'row 2' }));
    expect(index.judge({ ...ahmad, nik: '7604011205900009' })).toEqual(
      expect.objectContaining({ kind: 'probable-duplicate', matchingWorkerIds: ['row 2'] }),
    );
  });

  it('hands out the remembered workers a candidate matches, each once, for Worker.register', () => {
    const index = new DuplicateIndex();
    const stored = { workerId: 'stored', nik: ahmad.nik, duplicateKey: duplicateKey(ahmad) };
    const other = { workerId: 'other', nik: '7604011205900009', duplicateKey: duplicateKey(ahmad) };
    index.remember(stored);
    index.remember(other);
    index.remember({ workerId: 'unrelated', nik: '7604011205900003', duplicateKey: 'elsewhere' });

    expect(index.knownMatching(ahmad)).toEqual([stored, other]);
    expect(index.knownMatching({ ...ahmad, nik: '7604011205900005', desaCode: '76.04.01.2003' })).toEqual([]);
  });
});

describe('DuplicateNikError', () => {
  it('is a 409 conflict carrying the existing id and only a masked NIK', () => {
    const error = new DuplicateNikError(ahmad.nik, 'worker-1');
    expect(error).toEqual(
      expect.objectContaining({
        code: 'NIK_ALREADY_ENROLLED',
        field: 'nik',
        details: { existingWorkerId: 'worker-1' },
        message: 'a worker with NIK 7604********0001 is already enrolled (worker-1)',
      }),
    );
    expect(error.name).toBe('DuplicateNikError');
  });
});
