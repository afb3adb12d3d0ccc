import {
  Alert,
  Button,
  Card,
  FileInput,
  Group,
  NativeSelect,
  Progress,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answerOf, useApiClients } from '../api';
import { apiFile, apiSend, offerFile } from '../api-send';
import { useOfficer } from '../auth/officer-context';
import { importProgress, importRunning, type ImportJob } from '../enrolment/enrolment.types';
import { codeLabel } from '../i18n/code-labels';

/** How often a running import is asked for its progress. */
const POLL_MS = 1_000;

function JobProgress({ jobId }: { jobId: string }) {
  const { t, i18n } = useTranslation();
  const officer = useOfficer();
  const api = useApiClients();
  const { data: job } = useQuery({
    queryKey: ['enrolment', 'import', jobId, officer.subject],
    queryFn: () => answerOf(api.enrolment.GET('/v1/imports/{id}', { params: { path: { id: jobId } } })),
    refetchInterval: (query) => (!query.state.data || importRunning(query.state.data) ? POLL_MS : false),
  });
  if (!job) return null;
  const percent = importProgress(job);
  const download = async () =>
    offerFile(
      await apiFile('enrolment', `/v1/imports/${job.id}/errors.csv`, officer.accessToken),
      'import-errors.csv',
      false,
    );
  return (
    <Card withBorder component="section" aria-labelledby="import-progress">
      <Title order={2} size="h3" id="import-progress" mb="sm">
        {t('imports.progress')}
      </Title>
      <Stack gap="xs">
        <Progress
          value={percent}
          size="xl"
          aria-label={t('imports.progress')}
          striped={importRunning(job)}
          animated={importRunning(job)}
        />
        <Text role="status" data-testid="import-status">
          {codeLabel(i18n, 'importStatus', job.status)} —{' '}
          {t('imports.rowsDone', { done: job.processed, total: job.total ?? '…' })}
        </Text>
        <SimpleGrid cols={3}>
          <Text>{t('imports.accepted', { count: job.accepted })}</Text>
          <Text>{t('imports.rejected', { count: job.rejected })}</Text>
          <Text>{t('imports.flagged', { count: job.flagged })}</Text>
        </SimpleGrid>
        {job.duplicateUpload && <Alert color="yellow">{t('imports.duplicate')}</Alert>}
        {job.failureReason && <Alert color="red">{job.failureReason}</Alert>}
        {!importRunning(job) && job.rejected > 0 && (
          <Group>
            <Button variant="default" onClick={() => void download()}>
              {t('imports.errorReport')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

/** The bulk import: the template, the upload, and the job's progress until it ends. */
export function ImportPage() {
  const { t } = useTranslation();
  const officer = useOfficer();
  const [tenant, setTenant] = useState(officer.tenants[0] ?? '');
  const [file, setFile] = useState<File | null>(null);
  const [jobId, setJobId] = useState<string>();
  const upload = useMutation({
    mutationFn: (chosen: File) => {
      const form = new FormData();
      form.append('tenant', tenant);
      form.append('file', chosen);
      return apiSend<ImportJob>('enrolment', 'POST', '/v1/imports', officer.accessToken, form);
    },
    onSuccess: (job) => setJobId(job.id),
  });
  const template = async (format: 'csv' | 'xlsx') =>
    offerFile(
      await apiFile('enrolment', `/v1/imports/template?format=${format}`, officer.accessToken),
      `worker-import-template.${format}`,
      false,
    );

  return (
    <Stack>
      <Title order={1}>{t('imports.title')}</Title>
      <Group>
        <Button variant="default" onClick={() => void template('csv')}>
          {t('imports.template', { format: 'CSV' })}
        </Button>
        <Button variant="default" onClick={() => void template('xlsx')}>
          {t('imports.template', { format: 'XLSX' })}
        </Button>
      </Group>
      <Group align="end">
        <NativeSelect
          label={t('fields.tenant')}
          value={tenant}
          data={officer.tenants}
          onChange={(event) => setTenant(event.currentTarget.value)}
        />
        <FileInput
          label={t('imports.file')}
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          value={file}
          onChange={setFile}
          w={320}
        />
        <Button disabled={!file} loading={upload.isPending} onClick={() => file && upload.mutate(file)}>
          {t('scans.upload')}
        </Button>
      </Group>
      {upload.error && <Alert color="red">{upload.error.message}</Alert>}
      {jobId && <JobProgress jobId={jobId} />}
    </Stack>
  );
}
