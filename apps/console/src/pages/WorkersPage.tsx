import { Anchor, Button, Group, Modal, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useApiQuery } from '../api';
import { useOfficer } from '../auth/officer-context';
import { enrolWorker } from '../enrolment/enrolment-forms';
import { ActionForm } from '../forms/ActionForm';
import { codeLabel } from '../i18n/code-labels';
import { QueryState } from './Loading';

/** The enrolment officer's worker search by name prefix, and the way in to enrol a new one. */
export function WorkersPage() {
  const { t, i18n } = useTranslation();
  const officer = useOfficer();
  const navigate = useNavigate();
  const [enrolling, setEnrolling] = useState(false);
  const [draft, setDraft] = useState('');
  const [name, setName] = useState<string>();
  // The NIKs of the list come masked (enrolment's WorkerPageResponse).
  const { data, error } = useApiQuery(
    ['enrolment', 'workers', name],
    (api) => api.enrolment.GET('/v1/workers', { params: { query: { name } } }),
    name !== undefined,
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setName(draft.trim());
  };

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('workers.title')}</Title>
        <Button onClick={() => setEnrolling(true)}>{t('workers.enrol')}</Button>
      </Group>
      <Modal opened={enrolling} onClose={() => setEnrolling(false)} title={t('workers.enrol')} size="lg">
        <ActionForm<{ id: string }>
          spec={enrolWorker(officer.tenants)}
          onDone={(worker) => navigate(`/workers/${worker.id}`)}
        />
      </Modal>
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
                <Table.Td>
                  <Anchor component={Link} to={`/workers/${worker.id}`}>
                    {worker.fullName}
                  </Anchor>
                </Table.Td>
                <Table.Td>{worker.desaCode}</Table.Td>
                <Table.Td>{codeLabel(i18n, 'workerStatus', worker.status)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
