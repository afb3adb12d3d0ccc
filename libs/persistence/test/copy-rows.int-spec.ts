import { DataSource } from 'typeorm';
import { testDatabaseUrl } from '../../../test/support/test-environment';
import { copyRows, ensureDatabase, serviceDataSourceOptions } from '../src';

describe('copyRows (real PostgreSQL)', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    const databaseUrl = testDatabaseUrl('copy_rows');
    await ensureDatabase(databaseUrl);
    dataSource = await new DataSource(
      serviceDataSourceOptions({ databaseUrl, applicationName: 'copy-rows-test', entities: [], migrations: [] }),
    ).initialize();
    await dataSource.query(
      `CREATE TABLE copied (id int PRIMARY KEY, label text, amount bigint, flag boolean, doc json)`,
    );
  });

  afterAll(() => dataSource?.destroy());

  beforeEach(() => dataSource.query('TRUNCATE copied'));

  const columns = ['id', 'label', 'amount', 'flag', 'doc'];
  const stored = () =>
    dataSource.query<{ id: number; label: string | null; amount: string | null; flag: boolean | null; doc: unknown }[]>(
      `SELECT id, label, amount, flag, doc FROM copied ORDER BY id`,
    );

  it('stores every value as given: separators, backslashes, a literal \\N, NULLs, numbers, JSON', async () => {
    const tricky = ['tab\there', 'line\nbreak', 'carriage\rreturn', 'back\\slash', '\\N', '', "Andi 'Ucok' Ñuñez"];
    const doc = { name: 'say "hi"\\', list: [1, 2] };
    await dataSource.transaction((manager) =>
      copyRows(manager, 'copied', columns, [
        ...tricky.map((label, index) => [index + 1, label, 1_000_000 + index, index % 2 === 0, JSON.stringify(doc)]),
        [100, null, undefined, null, null],
      ]),
    );
    const rows = await stored();
    expect(rows.map((row) => row.label)).toEqual([...tricky, null]);
    expect(rows[0]).toEqual({ id: 1, label: 'tab\there', amount: '1000000', flag: true, doc });
    expect(rows[7]).toEqual({ id: 100, label: null, amount: null, flag: null, doc: null });
  });

  it('sends many rows in several chunks, in order', async () => {
    const label = 'x'.repeat(200);
    await dataSource.transaction((manager) =>
      copyRows(
        manager,
        'copied',
        ['id', 'label'],
        Array.from({ length: 5_000 }, (_, index) => [index, `${index}${label}`]),
      ),
    );
    const [{ count, ordered }] = await dataSource.query(
      `SELECT count(*)::int AS count, bool_and(label = id::text || repeat('x', 200)) AS ordered FROM copied`,
    );
    expect({ count, ordered }).toEqual({ count: 5_000, ordered: true });
  });

  it('fails with the unique violation and leaves the transaction rolled back', async () => {
    const failing = dataSource.transaction(async (manager) => {
      await copyRows(manager, 'copied', ['id'], [[1]]);
      await copyRows(manager, 'copied', ['id'], [[2], [1]]);
    });
    await expect(failing).rejects.toMatchObject({ code: '23505' });
    expect(await stored()).toEqual([]);
  });

  it('refuses to run outside a transaction, where it could not be undone with the change it belongs to', async () => {
    await expect(copyRows(dataSource.manager, 'copied', ['id'], [[1]])).rejects.toThrow('needs a transaction');
  });
});
