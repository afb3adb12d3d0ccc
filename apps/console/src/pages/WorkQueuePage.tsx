import {
  Anchor,
  Badge,
  Button,
  Group,
  Modal,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useApiQuery } from '../api';
import { useOfficer } from '../auth/officer-context';
import { REPORT_ACCIDENT, REPORT_DEATH } from '../claims/claim-reports';
import { claimSearchParams } from '../claims/claim-search';
import type { Claim } from '../claims/claim.types';
import { deadlineOf, type Urgency, workQueue } from '../claims/work-queue';
import { ActionForm, type ActionSpec } from '../forms/ActionForm';
import { formatDate, type Language, regencyToday } from '../format/format';
import { codeLabel } from '../i18n/code-labels';
import { QueryState } from './Loading';

const GROUPS: { urgency: Urgency; colour: string }[] = [
  { urgency: 'overdue', colour: 'red' },
  { urgency: 'dueSoon', colour: 'orange' },
  { urgency: 'rest', colour: 'gray' },
];

function ClaimRows({ claims }: { claims: Claim[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  return (
    <Table striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('queue.claim')}</Table.Th>
          <Table.Th>{t('queue.worker')}</Table.Th>
          <Table.Th>{t('queue.programme')}</Table.Th>
          <Table.Th>{t('queue.status')}</Table.Th>
          <Table.Th>{t('queue.incident')}</Table.Th>
          <Table.Th>{t('queue.deadline')}</Table.Th>
          <Table.Th>{t('queue.assignedTo')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {claims.map((claim) => {
          const deadline = deadlineOf(claim);
          return (
            <Table.Tr key={claim.id}>
              <Table.Td>
                <Anchor component={Link} to={`/claims/${claim.id}`} ff="monospace">
                  {claim.id.slice(0, 8)}
                </Anchor>
              </Table.Td>
              <Table.Td>{claim.worker.name}</Table.Td>
              <Table.Td>{claim.programme}</Table.Td>
              <Table.Td>{codeLabel(i18n, 'claimStatus', claim.status)}</Table.Td>
              <Table.Td>{formatDate(claim.incidentDate, language)}</Table.Td>
              <Table.Td>
                {deadline ? formatDate(deadline, language) : '—'}
                {claim.daysOverdue ? ` (${t('queue.daysOverdue', { count: claim.daysOverdue })})` : ''}
              </Table.Td>
              <Table.Td>{claim.assignedTo ?? '—'}</Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

/** Opening a claim: the report as a form in a dialog, then the new claim's page. */
function ReportButton({ spec }: { spec: ActionSpec }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="default" onClick={() => setOpen(true)}>
        {t(spec.title)}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t(spec.title)} size="lg">
        <ActionForm<{ id: string }> spec={spec} onDone={(claim) => navigate(`/claims/${claim.id}`)} />
      </Modal>
    </>
  );
}

type Queue = 'all' | 'me' | 'none';

/** The claims officer's day: open claims by statutory deadline, overdue first. */
export function WorkQueuePage() {
  const { t } = useTranslation();
  const officer = useOfficer();
  const [search, setSearch] = useState('');
  const [programme, setProgramme] = useState('all');
  const [queueOf, setQueueOf] = useState<Queue>('all');
  const [debouncedSearch] = useDebouncedValue(search, 300);
  const searchParams = claimSearchParams(debouncedSearch);
  const searching = searchParams !== undefined;
  const recent = useApiQuery(
    ['claims', queueOf],
    (api) =>
      api.claims.GET('/v1/claims', {
        params: { query: { limit: 500, ...(queueOf === 'all' ? {} : { assignedTo: queueOf }) } },
      }),
    !searching,
  );
  // The overdue worklist reaches claims older than the newest 500.
  const overdue = useApiQuery(
    ['claims', 'overdue'],
    (api) => api.claims.GET('/v1/claims/overdue', { params: { query: { limit: 500 } } }),
    !searching,
  );
  const found = useApiQuery(
    ['claims', searchParams],
    (api) => api.claims.GET('/v1/claims', { params: { query: { limit: 500, ...searchParams } } }),
    searching,
  );
  const claims = searching
    ? found.data?.items
    : recent.data && overdue.data && [...overdue.data.items, ...recent.data.items];
  const queue =
    claims &&
    workQueue(
      claims.filter(
        (claim) =>
          (programme === 'all' || claim.programme === programme) &&
          // The overdue worklist has no queue filter of its own.
          (queueOf === 'all' || claim.assignedTo === (queueOf === 'me' ? officer.subject : null)),
      ),
      regencyToday(),
    );
  const error = searching ? found.error : (recent.error ?? overdue.error);

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('queue.title')}</Title>
        <Group>
          <ReportButton spec={REPORT_ACCIDENT} />
          <ReportButton spec={REPORT_DEATH} />
        </Group>
      </Group>
      <Group align="end">
        <TextInput
          label={t('queue.search')}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          w={320}
        />
        <SegmentedControl
          aria-label={t('queue.programme')}
          value={programme}
          onChange={setProgramme}
          data={[
            { value: 'all', label: t('queue.all') },
            { value: 'JKK', label: 'JKK' },
            { value: 'JKM', label: 'JKM' },
          ]}
        />
        <SegmentedControl
          aria-label={t('queue.queue')}
          value={queueOf}
          onChange={(value) => setQueueOf(value as Queue)}
          data={[
            { value: 'all', label: t('queue.all') },
            { value: 'me', label: t('queue.mine') },
            { value: 'none', label: t('queue.unassigned') },
          ]}
        />
      </Group>
      {!queue ? (
        <QueryState error={error} />
      ) : (
        GROUPS.map(({ urgency, colour }) => (
          <section key={urgency} aria-labelledby={`queue-${urgency}`}>
            <Group gap="xs" mb="xs">
              <Title order={2} size="h3" id={`queue-${urgency}`}>
                {t(`queue.${urgency}`)}
              </Title>
              <Badge color={colour} variant="filled" aria-hidden>
                {queue[urgency].length}
              </Badge>
            </Group>
            {queue[urgency].length === 0 ? <Text>{t('queue.empty')}</Text> : <ClaimRows claims={queue[urgency]} />}
          </section>
        ))
      )}
    </Stack>
  );
}
