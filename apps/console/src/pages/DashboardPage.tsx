import { BarChart } from '@mantine/charts';
import { Card, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api';
import { formatDate, formatMonth, formatRupiah, type Language } from '../format/format';
import { codeLabel } from '../i18n/code-labels';
import { QueryState } from './Loading';

function Panel({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <Card withBorder component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}

/** The claims supervisor's overview: claims by state, the statutory deadlines, payouts per month. */
export function DashboardPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { data, error } = useApiQuery(['claims', 'dashboard'], (api) => api.claims.GET('/v1/claims/dashboard'));
  if (!data) return <QueryState error={error} />;

  const statuses = [...new Set(data.byState.map((row) => row.status))];
  const byState = statuses.map((status) => ({
    status: codeLabel(i18n, 'claimStatus', status),
    JKK: data.byState.find((row) => row.status === status && row.programme === 'JKK')?.count ?? 0,
    JKM: data.byState.find((row) => row.status === status && row.programme === 'JKM')?.count ?? 0,
  }));
  const deadlines = data.deadlines.map((row) => ({
    programme: `${row.programme} (${t('dashboard.workingDays', { count: row.paymentWorkingDays })})`,
    [t('dashboard.openOnTime')]: row.openOnTime,
    [t('dashboard.openOverdue')]: row.openOverdue,
    [t('dashboard.paidOnTime')]: row.paidOnTime,
    [t('dashboard.paidLate')]: row.paidLate,
  }));
  const payouts = data.payoutsPerMonth.map((row) => ({ month: formatMonth(row.month, language), amount: row.amount }));

  return (
    <Stack>
      <Title order={1}>{t('dashboard.title')}</Title>
      <Text>{t('dashboard.asOf', { date: formatDate(data.asOf, language) })}</Text>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Panel id="dashboard-states" title={t('dashboard.byState')}>
          <BarChart
            h={260}
            data={byState}
            dataKey="status"
            series={[
              { name: 'JKK', color: 'blue.8' },
              { name: 'JKM', color: 'grape.8' },
            ]}
            withLegend
          />
        </Panel>
        <Panel id="dashboard-deadlines" title={t('dashboard.deadlines')}>
          <BarChart
            h={260}
            data={deadlines}
            dataKey="programme"
            type="stacked"
            series={[
              { name: t('dashboard.openOnTime'), color: 'blue.8' },
              { name: t('dashboard.openOverdue'), color: 'red.9' },
              { name: t('dashboard.paidOnTime'), color: 'teal.9' },
              { name: t('dashboard.paidLate'), color: 'orange.9' },
            ]}
            withLegend
          />
          <Table mt="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('queue.programme')}</Table.Th>
                <Table.Th>{t('dashboard.openOverdue')}</Table.Th>
                <Table.Th>{t('claim.rule')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.deadlines.map((row) => (
                <Table.Tr key={row.programme}>
                  <Table.Td>{row.programme}</Table.Td>
                  <Table.Td>{row.openOverdue}</Table.Td>
                  <Table.Td>{row.rule}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Panel>
        <Panel id="dashboard-payouts" title={t('dashboard.payouts')}>
          {payouts.length === 0 ? (
            <Text>{t('common.none')}</Text>
          ) : (
            <BarChart
              h={260}
              data={payouts}
              dataKey="month"
              valueFormatter={(value) => formatRupiah(value)}
              series={[{ name: 'amount', label: t('claim.amount'), color: 'teal.9' }]}
            />
          )}
        </Panel>
      </SimpleGrid>
    </Stack>
  );
}
