import { BarChart } from '@mantine/charts';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  FileInput,
  Group,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useApiQuery } from '../api';
import { apiSend } from '../api-send';
import { useOfficer } from '../auth/officer-context';
import { arrearsOf, type StatementResult } from '../finance/finance.types';
import { ActionForm } from '../forms/ActionForm';
import { formatDate, formatDateTime, formatMonth, formatRupiah, regencyToday, type Language } from '../format/format';
import { codeLabel } from '../i18n/code-labels';
import { QueryState } from './Loading';

function useLanguage(): Language {
  return useTranslation().i18n.language as Language;
}

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

/** Invoices, newest month first; each opens with its lines. */
export function InvoicesPage() {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const { data, error } = useApiQuery(['billing', 'invoices'], (api) => api.billing.GET('/v1/invoices'));
  if (!data) return <QueryState error={error} />;
  return (
    <Stack>
      <Title order={1}>{t('finance.invoices')}</Title>
      {data.length === 0 ? (
        <Text>{t('common.none')}</Text>
      ) : (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('finance.invoiceNumber')}</Table.Th>
              <Table.Th>{t('finance.month')}</Table.Th>
              <Table.Th>{t('finance.dueDate')}</Table.Th>
              <Table.Th ta="right">{t('finance.workers')}</Table.Th>
              <Table.Th ta="right">{t('finance.total')}</Table.Th>
              <Table.Th ta="right">{t('finance.outstanding')}</Table.Th>
              <Table.Th>{t('finance.paymentStatus')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.map((invoice) => (
              <Table.Tr key={invoice.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/finance/invoices/${invoice.id}`} ff="monospace">
                    {invoice.invoiceNumber}
                  </Anchor>
                </Table.Td>
                <Table.Td>{formatMonth(invoice.month, language)}</Table.Td>
                <Table.Td>{formatDate(invoice.dueDate, language)}</Table.Td>
                <Table.Td ta="right">{invoice.lineCount}</Table.Td>
                <Table.Td ta="right">{formatRupiah(invoice.totals.total)}</Table.Td>
                <Table.Td ta="right">{formatRupiah(invoice.outstandingAmount)}</Table.Td>
                <Table.Td>{codeLabel(i18n, 'paymentStatus', invoice.paymentStatus)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

/** One invoice: totals and its first lines (one per worker). */
export function InvoicePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const language = useLanguage();
  const invoice = useApiQuery(['billing', 'invoice', id], (api) =>
    api.billing.GET('/v1/invoices/{ref}', { params: { path: { ref: id } } }),
  );
  const lines = useApiQuery(['billing', 'invoice', id, 'lines'], (api) =>
    api.billing.GET('/v1/invoices/{ref}/lines', { params: { path: { ref: id }, query: { limit: 200 } } }),
  );
  if (!invoice.data) return <QueryState error={invoice.error} />;
  const { data } = invoice;
  return (
    <Stack>
      <Anchor component={Link} to="/finance/invoices">
        ← {t('common.back')}
      </Anchor>
      <Title order={1}>{data.invoiceNumber}</Title>
      <SimpleGrid cols={{ base: 2, md: 5 }}>
        {[
          [t('finance.month'), formatMonth(data.month, language)],
          [t('finance.dueDate'), formatDate(data.dueDate, language)],
          ['JKK', formatRupiah(data.totals.jkk)],
          ['JKM', formatRupiah(data.totals.jkm)],
          [t('finance.outstanding'), formatRupiah(data.outstandingAmount)],
        ].map(([label, value]) => (
          <div key={label}>
            <Text size="sm" c="gray.7">
              {label}
            </Text>
            <Text>{value}</Text>
          </div>
        ))}
      </SimpleGrid>
      <Panel id="invoice-lines" title={t('finance.lines')}>
        {!lines.data ? (
          <QueryState error={lines.error} />
        ) : (
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>#</Table.Th>
                <Table.Th>{t('finance.worker')}</Table.Th>
                <Table.Th ta="right">{t('finance.declaredIncome')}</Table.Th>
                <Table.Th ta="right">JKK</Table.Th>
                <Table.Th ta="right">JKM</Table.Th>
                <Table.Th ta="right">{t('finance.total')}</Table.Th>
                <Table.Th>{t('finance.paid')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {lines.data.lines.map((line) => (
                <Table.Tr key={line.lineNo}>
                  <Table.Td>{line.lineNo}</Table.Td>
                  <Table.Td ff="monospace">{line.workerId.slice(0, 8)}</Table.Td>
                  <Table.Td ta="right">{formatRupiah(line.declaredIncome)}</Table.Td>
                  <Table.Td ta="right">{formatRupiah(line.jkk)}</Table.Td>
                  <Table.Td ta="right">{formatRupiah(line.jkm)}</Table.Td>
                  <Table.Td ta="right">{formatRupiah(line.amount)}</Table.Td>
                  <Table.Td>{line.paid ? '✓' : '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Panel>
    </Stack>
  );
}

function StatementUpload() {
  const { t, i18n } = useTranslation();
  const officer = useOfficer();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const upload = useMutation({
    mutationFn: (chosen: File) => {
      const form = new FormData();
      form.append('file', chosen);
      return apiSend<StatementResult>('billing', 'POST', '/v1/payments/bank-statements', officer.accessToken, form);
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['billing'] }),
  });
  return (
    <Stack>
      <Group align="end">
        <FileInput label={t('finance.statementFile')} accept=".csv,text/csv" value={file} onChange={setFile} w={320} />
        <Button disabled={!file} loading={upload.isPending} onClick={() => file && upload.mutate(file)}>
          {t('scans.upload')}
        </Button>
      </Group>
      {upload.error && <Alert color="red">{upload.error.message}</Alert>}
      {upload.data && (
        <>
          <Group gap="xs" role="status">
            {Object.entries(upload.data.counts)
              .filter(([, count]) => count > 0)
              .map(([outcome, count]) => (
                <Badge key={outcome} variant="filled" color={outcome === 'recorded' ? 'teal.9' : 'gray.8'}>
                  {codeLabel(i18n, 'statementOutcome', outcome)}: {count}
                </Badge>
              ))}
          </Group>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('finance.row')}</Table.Th>
                <Table.Th>{t('finance.result')}</Table.Th>
                <Table.Th>{t('finance.invoiceNumber')}</Table.Th>
                <Table.Th ta="right">{t('claim.amount')}</Table.Th>
                <Table.Th>{t('claim.reason')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {upload.data.rows.map((row) => (
                <Table.Tr key={row.row}>
                  <Table.Td>{row.row}</Table.Td>
                  <Table.Td>{codeLabel(i18n, 'statementOutcome', row.outcome)}</Table.Td>
                  <Table.Td>{row.invoiceNumber ?? '—'}</Table.Td>
                  <Table.Td ta="right">{row.amount === undefined ? '—' : formatRupiah(row.amount)}</Table.Td>
                  <Table.Td>{row.reason ?? ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Stack>
  );
}

/** Payments recorded, and a bank statement to match against the invoices. */
export function PaymentsPage() {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const { data, error } = useApiQuery(['billing', 'payments'], (api) => api.billing.GET('/v1/payments'));
  return (
    <Stack>
      <Title order={1}>{t('finance.payments')}</Title>
      <Panel id="bank-statement" title={t('finance.statement')}>
        <StatementUpload />
      </Panel>
      <Panel id="payments-list" title={t('finance.recorded')}>
        {!data ? (
          <QueryState error={error} />
        ) : data.length === 0 ? (
          <Text>{t('common.none')}</Text>
        ) : (
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('finance.paidAt')}</Table.Th>
                <Table.Th>{t('finance.source')}</Table.Th>
                <Table.Th ta="right">{t('claim.amount')}</Table.Th>
                <Table.Th ta="right">{t('finance.allocated')}</Table.Th>
                <Table.Th>{t('claim.bankReference')}</Table.Th>
                <Table.Th>{t('claim.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.map((payment) => (
                <Table.Tr key={payment.id}>
                  <Table.Td>{formatDateTime(payment.paidAt, language)}</Table.Td>
                  <Table.Td>{codeLabel(i18n, 'paymentSource', payment.source)}</Table.Td>
                  <Table.Td ta="right">{formatRupiah(payment.amount)}</Table.Td>
                  <Table.Td ta="right">{formatRupiah(payment.allocatedAmount)}</Table.Td>
                  <Table.Td>{payment.bankReference ?? '—'}</Table.Td>
                  <Table.Td>{codeLabel(i18n, 'paymentRecordStatus', payment.status)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Panel>
    </Stack>
  );
}

/** Sponsors behind on their invoices, with the months owed; an assessment publishes warnings and lapses now. */
export function ArrearsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { data, error } = useApiQuery(['billing', 'invoices'], (api) => api.billing.GET('/v1/invoices'));
  if (!data) return <QueryState error={error} />;
  const arrears = arrearsOf(data, regencyToday());
  return (
    <Stack>
      <Title order={1}>{t('finance.arrears')}</Title>
      {arrears.length === 0 ? (
        <Text>{t('finance.noArrears')}</Text>
      ) : (
        arrears.map((sponsor) => (
          <Panel
            key={sponsor.sponsorId}
            id={`arrears-${sponsor.sponsorId}`}
            title={`${t('finance.sponsor')} ${sponsor.sponsorId.slice(0, 8)} (${sponsor.tenant})`}
          >
            <Stack gap="xs">
              <Text>
                {t('finance.monthsOwed', {
                  months: sponsor.months.map((month) => formatMonth(month, language)).join(', '),
                })}
              </Text>
              <Text>
                {t('finance.outstanding')}: {formatRupiah(sponsor.outstanding)}
              </Text>
              {sponsor.lapsing && (
                <Alert color="red" role="status">
                  {t('finance.lapsing', { count: sponsor.consecutiveMonths })}
                </Alert>
              )}
              <ActionForm
                spec={{
                  title: 'finance.assess',
                  service: 'billing',
                  path: `/v1/sponsors/${sponsor.sponsorId}/arrears-assessments`,
                }}
              />
            </Stack>
          </Panel>
        ))
      )}
    </Stack>
  );
}

/** Billed, paid and outstanding per month, as a chart and a table. */
export function MonthlyReportPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { data, error } = useApiQuery(['billing', 'monthly-report'], (api) => api.billing.GET('/v1/reports/monthly'));
  if (!data) return <QueryState error={error} />;
  const byMonth = [...new Set(data.map((row) => row.month))].sort().map((month) => {
    const rows = data.filter((row) => row.month === month);
    return {
      month: formatMonth(month, language),
      [t('finance.paid')]: rows.reduce((sum, row) => sum + row.paid, 0),
      [t('finance.outstanding')]: rows.reduce((sum, row) => sum + row.outstanding, 0),
    };
  });
  return (
    <Stack>
      <Title order={1}>{t('finance.report')}</Title>
      <Panel id="report-chart" title={t('finance.billedPerMonth')}>
        {byMonth.length === 0 ? (
          <Text>{t('common.none')}</Text>
        ) : (
          <BarChart
            h={280}
            data={byMonth}
            dataKey="month"
            type="stacked"
            valueFormatter={(value) => formatRupiah(value)}
            series={[
              { name: t('finance.paid'), color: 'teal.9' },
              { name: t('finance.outstanding'), color: 'red.9' },
            ]}
            withLegend
          />
        )}
      </Panel>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('finance.month')}</Table.Th>
            <Table.Th>{t('finance.invoiceNumber')}</Table.Th>
            <Table.Th ta="right">{t('finance.workers')}</Table.Th>
            <Table.Th ta="right">{t('finance.billed')}</Table.Th>
            <Table.Th ta="right">{t('finance.paid')}</Table.Th>
            <Table.Th ta="right">{t('finance.outstanding')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.map((row) => (
            <Table.Tr key={`${row.sponsorId}-${row.month}-${row.invoiceNumber}`}>
              <Table.Td>{formatMonth(row.month, language)}</Table.Td>
              <Table.Td ff="monospace">{row.invoiceNumber}</Table.Td>
              <Table.Td ta="right">{row.billedWorkers}</Table.Td>
              <Table.Td ta="right">{formatRupiah(row.billed)}</Table.Td>
              <Table.Td ta="right">{formatRupiah(row.paid)}</Table.Td>
              <Table.Td ta="right">{formatRupiah(row.outstanding)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
