import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useApiQuery } from '../api';
import { deadlineOf } from '../claims/work-queue';
import { formatDate, formatDateTime, formatRupiah, type Language } from '../format/format';
import { benefitLabel, codeLabel } from '../i18n/code-labels';
import { Assignment, ClaimActions, DocumentChecklist } from './ClaimWork';
import { QueryState } from './Loading';

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = `section-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <Card withBorder component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}

function Fact({ label, value }: { label: string; value: ReactNode }) {
  return (
    <div>
      <Text size="sm" c="gray.7">
        {label}
      </Text>
      <Text>{value}</Text>
    </div>
  );
}

/** One claim: its state, the documents checklist, the benefit lines with their rules, payouts and audit trail. */
export function ClaimPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { data: claim, error } = useApiQuery(['claims', id], (api) =>
    api.claims.GET('/v1/claims/{id}', { params: { path: { id } } }),
  );
  if (!claim) return <QueryState error={error} />;
  const deadline = deadlineOf(claim);

  return (
    <Stack>
      <Anchor component={Link} to="/claims">
        ← {t('common.back')}
      </Anchor>
      <Title order={1}>{t('claim.title', { programme: claim.programme, worker: claim.worker.name })}</Title>
      <Section title={t('claim.state')}>
        <SimpleGrid cols={{ base: 2, md: 5 }}>
          <Fact
            label={t('claim.status')}
            value={<Badge variant="light">{codeLabel(i18n, 'claimStatus', claim.status)}</Badge>}
          />
          <Fact label={t('claim.tenant')} value={claim.tenant} />
          <Fact label={t('claim.incident')} value={formatDate(claim.incidentDate, language)} />
          <Fact label={t('claim.reported')} value={formatDateTime(claim.reportedAt, language)} />
          <Fact label={t('claim.deadline')} value={deadline ? formatDate(deadline, language) : '—'} />
        </SimpleGrid>
      </Section>

      <Section title={t('actions.title')}>
        <ClaimActions claim={claim} />
      </Section>

      <Section title={t('assignment.title')}>
        <Assignment claim={claim} />
      </Section>

      <Section title={t('claim.documents')}>
        <DocumentChecklist claim={claim} />
      </Section>

      <Section title={t('claim.benefits')}>
        {claim.assessment ? (
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('claim.component')}</Table.Th>
                <Table.Th ta="right">{t('claim.amount')}</Table.Th>
                <Table.Th>{t('claim.rule')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {claim.assessment.payable.map((line) => (
                <Table.Tr key={`${line.code}-${line.rule}`}>
                  <Table.Td>{benefitLabel(i18n, line.code)}</Table.Td>
                  <Table.Td ta="right">{formatRupiah(line.amount)}</Table.Td>
                  <Table.Td>{line.rule}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th>{t('claim.total')}</Table.Th>
                <Table.Th ta="right">{formatRupiah(claim.assessment.payableTotal)}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        ) : (
          <Text>{t('claim.notAssessed')}</Text>
        )}
      </Section>

      <Section title={t('claim.payouts')}>
        {claim.payouts.length === 0 ? (
          <Text>{t('common.none')}</Text>
        ) : (
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('claim.component')}</Table.Th>
                <Table.Th>{t('claim.payee')}</Table.Th>
                <Table.Th ta="right">{t('claim.amount')}</Table.Th>
                <Table.Th>{t('claim.status')}</Table.Th>
                <Table.Th>{t('claim.bankReference')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {claim.payouts.map((payout) => (
                <Table.Tr key={payout.idempotencyKey}>
                  <Table.Td>{benefitLabel(i18n, payout.componentCode)}</Table.Td>
                  <Table.Td>{payout.payeeName}</Table.Td>
                  <Table.Td ta="right">{formatRupiah(payout.amount)}</Table.Td>
                  <Table.Td>{codeLabel(i18n, 'payoutStatus', payout.status)}</Table.Td>
                  <Table.Td>{payout.bankReference ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Section>

      <Section title={t('claim.audit')}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('claim.at')}</Table.Th>
              <Table.Th>{t('claim.action')}</Table.Th>
              <Table.Th>{t('claim.actor')}</Table.Th>
              <Table.Th>{t('claim.change')}</Table.Th>
              <Table.Th>{t('claim.reason')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {claim.audit.map((row) => (
              <Table.Tr key={row.id}>
                <Table.Td>{formatDateTime(row.at, language)}</Table.Td>
                <Table.Td>{codeLabel(i18n, 'auditAction', row.action)}</Table.Td>
                <Table.Td>{row.actorId}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {row.fromStatus ? codeLabel(i18n, 'claimStatus', row.fromStatus) : '—'} →{' '}
                    {row.toStatus ? codeLabel(i18n, 'claimStatus', row.toStatus) : '—'}
                  </Group>
                </Table.Td>
                <Table.Td>{row.reason ?? ''}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Section>
    </Stack>
  );
}
