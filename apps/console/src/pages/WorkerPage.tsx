import { Anchor, Card, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useApiQuery } from '../api';
import { addFamilyMember, editWorker } from '../enrolment/enrolment-forms';
import type { WorkerDetails } from '../enrolment/enrolment.types';
import { ActionForm } from '../forms/ActionForm';
import { formatDate, formatDateTime, formatRupiah, type Language } from '../format/format';
import { codeLabel } from '../i18n/code-labels';
import { QueryState } from './Loading';

function Panel({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card withBorder component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}

/** Editable details as the form's starting values (flattened like the form's field names). */
function currentDetails(worker: WorkerDetails): Record<string, string> {
  return Object.fromEntries(
    Object.entries({
      fullName: worker.fullName,
      birthDate: worker.birthDate,
      sex: worker.sex,
      addressLine: worker.addressLine,
      desaCode: worker.desaCode,
      occupation: worker.occupation,
      phone: worker.phone,
      'kk.number': worker.kk?.number,
      'kk.since': worker.kk?.since,
      declaredMonthlyIncome: String(worker.declaredMonthlyIncome),
      'payoutAccount.bankCode': worker.payoutAccount?.bankCode,
      'payoutAccount.accountNumber': worker.payoutAccount?.accountNumber,
      'payoutAccount.holderName': worker.payoutAccount?.holderName,
    }).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}

/** One worker: details, family (from the KK), status history, and the forms to change them. */
export function WorkerPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { data: worker, error } = useApiQuery(['enrolment', 'worker', id], (api) =>
    api.enrolment.GET('/v1/workers/{id}', { params: { path: { id } } }),
  );
  if (!worker) return <QueryState error={error} />;

  return (
    <Stack>
      <Anchor component={Link} to="/workers">
        ← {t('common.back')}
      </Anchor>
      <Title order={1}>{worker.fullName}</Title>
      <Panel id="worker-details" title={t('workers.details')}>
        <SimpleGrid cols={{ base: 2, md: 4 }}>
          {[
            [t('workers.nik'), worker.nik],
            [t('workers.status'), codeLabel(i18n, 'workerStatus', worker.status)],
            [t('fields.birthDate'), formatDate(worker.birthDate, language)],
            [t('workers.desa'), worker.desaName ?? worker.desaCode],
            [t('fields.occupation'), codeLabel(i18n, 'occupation', worker.occupation)],
            [t('fields.declaredMonthlyIncome'), formatRupiah(worker.declaredMonthlyIncome)],
            [t('fields.enrolmentDate'), formatDate(worker.enrolmentDate, language)],
            [t('workers.coverageStart'), formatDate(worker.coverageStartDate, language)],
          ].map(([label, value]) => (
            <div key={label}>
              <Text size="sm" c="gray.7">
                {label}
              </Text>
              <Text>{value}</Text>
            </div>
          ))}
        </SimpleGrid>
      </Panel>

      <Panel id="worker-family" title={t('workers.family')}>
        {worker.family.length === 0 ? (
          <Text>{t('common.none')}</Text>
        ) : (
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('fields.relationship')}</Table.Th>
                <Table.Th>{t('workers.fullName')}</Table.Th>
                <Table.Th>{t('workers.nik')}</Table.Th>
                <Table.Th>{t('fields.birthDate')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {worker.family.map((member) => (
                <Table.Tr key={member.memberId}>
                  <Table.Td>{codeLabel(i18n, 'relationship', member.relationship)}</Table.Td>
                  <Table.Td>{member.fullName}</Table.Td>
                  <Table.Td ff="monospace">{member.nik}</Table.Td>
                  <Table.Td>{formatDate(member.birthDate, language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <ActionForm spec={addFamilyMember(worker.id)} key={worker.family.length} />
      </Panel>

      <Panel id="worker-history" title={t('workers.history')}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('claim.at')}</Table.Th>
              <Table.Th>{t('claim.change')}</Table.Th>
              <Table.Th>{t('workers.effective')}</Table.Th>
              <Table.Th>{t('claim.reason')}</Table.Th>
              <Table.Th>{t('claim.actor')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {worker.statusHistory.map((change) => (
              <Table.Tr key={`${change.at}-${change.to}`}>
                <Table.Td>{formatDateTime(change.at, language)}</Table.Td>
                <Table.Td>
                  {change.from ? codeLabel(i18n, 'workerStatus', change.from) : '—'} →{' '}
                  {codeLabel(i18n, 'workerStatus', change.to)}
                </Table.Td>
                <Table.Td>{formatDate(change.effectiveDate, language)}</Table.Td>
                <Table.Td>{change.reason}</Table.Td>
                <Table.Td>{change.actor}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Panel>

      <Panel id="worker-edit" title={t('workers.edit')}>
        <ActionForm spec={editWorker(worker.id, currentDetails(worker))} />
      </Panel>
    </Stack>
  );
}
