import { Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api';
import { QueryState } from './Loading';

/** The enrolment officer's worker search by name prefix. */
export function WorkersPage() {
  const { t } = useTranslation();
  const [draft, setDraft] = useState('');
  const [name, setName] = useState<string>();
  // The NIKs of the list come masked (enrolment's WorkerPageResponse).
  const { data, error } = useApiQuery(
    ['workers', name],
    (api) => api.enrolment.GET('/v1/workers', { params: { query: { name } } }),
    name !== undefined,
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setName(draft.trim());
  };

  return (
    <Stack>
      <Title order={1}>{t('workers.title')}</Title>
      <form onSubmit={submit}>
        <Group align="end">
          <TextInput
            label={t('workers.name')}
            value={draft}
            onChange={(event) => setDraft(event.currentTarget.value)}
          />
          <Button type="submit">{t('workers.search')}</Button>
        </Group>
      </form>
      {name === undefined ? null : !data ? (
        <QueryState error={error} />
      ) : data.items.length === 0 ? (
        <Text>{t('workers.empty')}</Text>
      ) : (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('workers.nik')}</Table.Th>
              <Table.Th>{t('workers.fullName')}</Table.Th>
              <Table.Th>{t('workers.desa')}</Table.Th>
              <Table.Th>{t('workers.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.items.map((worker) => (
              <Table.Tr key={worker.id}>
                <Table.Td ff="monospace">{worker.nik}</Table.Td>
                <Table.Td>{worker.fullName}</Table.Td>
                <Table.Td>{worker.desaCode}</Table.Td>
                <Table.Td>{worker.status}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
