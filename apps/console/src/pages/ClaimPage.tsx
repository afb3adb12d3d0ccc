import { Anchor, Badge, Card, Group, List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useApiQuery } from '../api';
import { paymentClockOf, type PaymentClock } from '../claims/payment-clock';
import type { ClaimView } from '../claims/claim.types';
import { deadlineOf } from '../claims/work-queue';
import { formatDate, formatDateTime, formatMonth, formatRupiah, type Language } from '../format/format';
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
          <Fact label={t('claim.paymentClock')} value={<ClockState clock={paymentClockOf(claim)} />} />
        </SimpleGrid>
      </Section>

      <Section title={t('claim.eligibility')}>
        <EligibilityAndBlockers claim={claim} />
      </Section>

      {(claim.heirs || claim.programme === 'JKM') && (
        <Section title={t('claim.heirs')}>
          <Heirs claim={claim} />
        </Section>
      )}

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
        <PayoutAccount claim={claim} />
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

function ClockState({ clock }: { clock: PaymentClock }) {
  const { t, i18n } = useTranslation();
  const date = (value: string) => formatDate(value, i18n.language as Language);
  switch (clock.state) {
    case 'not-running':
      return t('claim.clockStopped');
    case 'running':
      return t('claim.clockRunning', { due: date(clock.due) });
    case 'overdue':
      return (
        <Text span fw={600} c="red.9">
          {t('claim.clockOverdue', { due: date(clock.due) })}
        </Text>
      );
    case 'paid':
      return t('claim.clockPaid', { paid: date(clock.paid), due: date(clock.due) });
  }
}

/** Whether the claim may be paid (and why not), and what holds its money: what, since when, who clears it. */
function EligibilityAndBlockers({ claim }: { claim: ClaimView }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { eligibility, blockedBy } = claim;
  return (
    <Stack gap="xs">
      {eligibility === null ? (
        <Text>{t('claim.eligibilityUnknown')}</Text>
      ) : (
        <>
          {/* The text colour: Mantine's light badges and its green/orange fail the contrast check (axe). */}
          <Text fw={600}>{t(eligibility.eligible ? 'claim.eligible' : 'claim.notEligible')}</Text>
          {eligibility.reasons.length > 0 && (
            <List>
              {eligibility.reasons.map((reason) => (
                <List.Item key={reason.code}>
                  <Text span fw={600}>
                    {reason.code}
                  </Text>{' '}
                  {reason.message}
                </List.Item>
              ))}
            </List>
          )}
        </>
      )}
      <BilledMonths workerId={claim.worker.id} />
      <Title order={3} size="h5">
        {t('claim.blockedBy')}
      </Title>
      {blockedBy === null ? (
        <Text>{t('claim.notBlocked')}</Text>
      ) : (
        <div>
          <Text fw={600}>
            {codeLabel(i18n, 'blocker', blockedBy.code)}{' '}
            <Text span c="gray.7" fw={400}>
              {t('claim.blockedSince', { since: formatDateTime(blockedBy.since, language) })}
            </Text>
          </Text>
          <Text>{blockedBy.action}</Text>
          <Text size="sm" c="gray.7">
            {t('claim.clearedBy', {
              roles: blockedBy.clearedBy.map((role) => codeLabel(i18n, 'role', role)).join(', '),
            })}
          </Text>
        </div>
      )}
    </Stack>
  );
}

/** The heirs as determined (PP 44/2015 art. 37(5) classes), the chosen payee and the same class's consents. */
function Heirs({ claim }: { claim: ClaimView }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const heirs = claim.heirs;
  if (!heirs) return <Text>{t('claim.heirsNotDetermined')}</Text>;
  const { payee } = heirs;
  return (
    <Stack gap="xs">
      <Fact label={t('claim.heirClass')} value={heirs.determination.heirClass} />
      {payee.kind === 'heir' ? (
        <>
          <Fact
            label={t('claim.payeeHeir')}
            value={`${payee.payee.name} (${codeLabel(i18n, 'relationship', payee.payee.relationship)})`}
          />
          {payee.coHeirs.length > 0 && (
            <div>
              <Text size="sm" c="gray.7">
                {t('claim.coHeirs')}
              </Text>
              <List>
                {payee.coHeirs.map(({ heir, consentedOn }) => (
                  <List.Item key={heir.id}>
                    {heir.name} ({codeLabel(i18n, 'relationship', heir.relationship)}),{' '}
                    {t('claim.consentedOn', { date: formatDate(consentedOn, language) })}
                  </List.Item>
                ))}
              </List>
            </div>
          )}
        </>
      ) : (
        <Fact label={t('claim.funeralArranger')} value={payee.payee.name} />
      )}
    </Stack>
  );
}

/** The worker's months as billing has them: paid (covered) and billed but unpaid. */
function BilledMonths({ workerId }: { workerId: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { data: months, error } = useApiQuery(['billing', 'coverage', workerId], (api) =>
    api.billing.GET('/v1/workers/{id}/coverage', { params: { path: { id: workerId } } }),
  );
  if (!months) return <QueryState error={error} />;
  if (months.length === 0) return <Text>{t('claim.noBilledMonths')}</Text>;
  const listOf = (paid: boolean) =>
    months
      .filter((month) => month.paid === paid)
      .map((month) => formatMonth(month.month, language))
      .join(', ') || '—';
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <Fact label={t('claim.coveredMonths')} value={listOf(true)} />
      <Fact label={t('claim.billedUnpaidMonths')} value={listOf(false)} />
    </SimpleGrid>
  );
}

/** The account the payee's money goes to, as recorded on the claim, and whether a second officer confirmed it. */
function PayoutAccount({ claim }: { claim: ClaimView }) {
  const { t } = useTranslation();
  const account = claim.details.payoutAccount;
  const value = account
    ? `${t('claim.payoutAccountLine', { bank: account.bankCode, number: account.accountNumber, holder: account.holderName })}${
        account.confirmation ? ` (${t('claim.accountConfirmed')})` : ''
      }`
    : t('claim.noPayoutAccount');
  return <Fact label={t('claim.payoutAccount')} value={value} />;
}
