import { Accordion, Alert, Button, FileInput, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api';
import { apiFile, apiSend, offerFile } from '../api-send';
import { useOfficer } from '../auth/officer-context';
import { actionsFor, BEFORE_APPROVAL } from '../claims/claim-actions';
import type { ChecklistItem, ClaimView, DocumentScan, HeirPreview } from '../claims/claim.types';
import { ActionForm, type ActionSpec } from '../forms/ActionForm';
import { formatDateTime, type Language } from '../format/format';
import { checklistLabel, codeLabel } from '../i18n/code-labels';

const SUPERVISOR = 'claims-supervisor';

/** Who works the claim: an officer takes an unassigned claim, a supervisor assigns it to anyone. */
export function Assignment({ claim }: { claim: ClaimView }) {
  const { t } = useTranslation();
  const officer = useOfficer();
  const queryClient = useQueryClient();
  const take = useMutation({
    mutationFn: () => apiSend('claims', 'POST', `/v1/claims/${claim.id}/assignment`, officer.accessToken),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['claims'] }),
  });
  return (
    <Stack gap="xs">
      <Text>
        {claim.assignedTo === null
          ? t('assignment.unassigned')
          : claim.assignedTo === officer.subject
            ? t('assignment.mine')
            : t('assignment.to', { officer: claim.assignedTo })}
      </Text>
      {claim.assignedTo === null && (
        <Group>
          <Button onClick={() => take.mutate()} loading={take.isPending}>
            {t('assignment.take')}
          </Button>
        </Group>
      )}
      {take.error && <Alert color="red">{take.error.message}</Alert>}
      {officer.roles.includes(SUPERVISOR) && (
        <ActionForm
          spec={{
            title: 'assignment.assign',
            service: 'claims',
            path: `/v1/claims/${claim.id}/assignment`,
            fields: [{ name: 'officerId', label: 'fields.officerId', required: true }],
          }}
        />
      )}
    </Stack>
  );
}

function ScanLinks({ claimId, scans }: { claimId: string; scans: DocumentScan[] }) {
  const { t, i18n } = useTranslation();
  const officer = useOfficer();
  const view = async (scan: DocumentScan) =>
    offerFile(
      await apiFile('claims', `/v1/claims/${claimId}/documents/scans/${scan.id}`, officer.accessToken),
      scan.fileName,
      true,
    );
  return (
    <Stack gap={2}>
      {scans.map((scan) => (
        <Group key={scan.id} gap="xs">
          <Button variant="default" size="compact-sm" onClick={() => void view(scan)}>
            {t('scans.view', { name: scan.fileName })}
          </Button>
          <Text size="sm">{formatDateTime(scan.uploadedAt, i18n.language as Language)}</Text>
        </Group>
      ))}
    </Stack>
  );
}

function ScanUpload({ claimId, item }: { claimId: string; item: ChecklistItem }) {
  const { t, i18n } = useTranslation();
  const officer = useOfficer();
  const queryClient = useQueryClient();
  const [code, setCode] = useState(item.accepts[0]);
  const [file, setFile] = useState<File | null>(null);
  const upload = useMutation({
    mutationFn: (chosen: File) => {
      const form = new FormData();
      form.append('file', chosen);
      return apiSend('claims', 'POST', `/v1/claims/${claimId}/documents/${code}/scans`, officer.accessToken, form);
    },
    onSuccess: async () => {
      setFile(null);
      await queryClient.invalidateQueries({ queryKey: ['claims'] });
    },
  });
  return (
    <Stack gap={4}>
      <Group gap="xs" align="end">
        {item.accepts.length > 1 && (
          <NativeSelect
            label={t('scans.code')}
            value={code}
            data={item.accepts.map((accepted) => ({ value: accepted, label: codeLabel(i18n, 'document', accepted) }))}
            onChange={(event) => setCode(event.currentTarget.value as typeof code)}
          />
        )}
        <FileInput
          label={t('scans.file', { document: checklistLabel(i18n, item) })}
          accept="application/pdf,image/jpeg,image/png"
          value={file}
          onChange={setFile}
          error={upload.error?.message}
          w={260}
        />
        <Button disabled={!file} loading={upload.isPending} onClick={() => file && upload.mutate(file)}>
          {t('scans.upload')}
        </Button>
      </Group>
    </Stack>
  );
}

/** The checklist with each document's scans, and an upload per document still open. */
export function DocumentChecklist({ claim }: { claim: ClaimView }) {
  const { t, i18n } = useTranslation();
  const scans = claim.details.documentScans ?? [];
  // Documents are recorded until approval (the API refuses them after).
  const collecting = BEFORE_APPROVAL.includes(claim.status);
  return (
    <Table>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('claim.document')}</Table.Th>
          <Table.Th>{t('claim.provided')}</Table.Th>
          <Table.Th>{t('scans.title')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {claim.checklist.map((item) => (
          <Table.Tr key={item.id}>
            <Table.Td>{checklistLabel(i18n, item)}</Table.Td>
            <Table.Td>
              {/* Plain text: Mantine's tinted badges fall below WCAG AA contrast at their size. */}
              {item.provided ? (
                <Text fw={600}>✓ {t('claim.provided')}</Text>
              ) : (
                <Text fw={600} c="red.9">
                  ✗ {t('claim.missing')}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <Stack gap="xs">
                <ScanLinks claimId={claim.id} scans={scans.filter((scan) => item.accepts.includes(scan.code))} />
                {collecting && <ScanUpload claimId={claim.id} item={item} />}
              </Stack>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The heirs form fed by the family projection: the highest class's members, one of them the payee. */
function heirsSpec(base: ActionSpec, preview: HeirPreview | undefined, i18n: I18n): ActionSpec {
  const candidates = preview?.candidates ?? [];
  return {
    ...base,
    fields: [
      { name: 'heirStatementMemberIds', label: 'fields.heirStatementMemberIds', kind: 'list', required: true },
      {
        name: 'payeeId',
        label: 'fields.payeeId',
        kind: 'select',
        required: true,
        options: candidates.map((candidate) => ({
          value: candidate.id,
          label: `${candidate.name} (${codeLabel(i18n, 'relationship', candidate.relationship)})`,
        })),
      },
    ],
    initial: {
      heirStatementMemberIds: candidates.map((candidate) => candidate.id).join(', '),
      payeeId: candidates[0]?.id ?? '',
    },
  };
}

/** Every action that fits the claim's status, each a form showing the API's refusals in place. */
export function ClaimActions({ claim }: { claim: ClaimView }) {
  const { t, i18n } = useTranslation();
  const actions = actionsFor(claim);
  const needsHeirs = actions.some((action) => action.id === 'heirs');
  const { data: preview } = useApiQuery(
    ['claims', claim.id, 'heirs'],
    (api) => api.claims.GET('/v1/claims/{id}/heirs', { params: { path: { id: claim.id } } }),
    needsHeirs,
  );
  if (actions.length === 0) return <Text>{t('actions.none')}</Text>;
  return (
    <Accordion variant="separated" defaultValue={actions[0].id}>
      {actions.map((action) => (
        <Accordion.Item key={`${action.id}-${claim.status}`} value={action.id}>
          <Accordion.Control>{t(action.title)}</Accordion.Control>
          <Accordion.Panel>
            {/* Remounted per status: a form's values and answer belong to the step it was filled for. */}
            <ActionForm
              key={`${action.id}-${claim.status}-${preview ? 1 : 0}`}
              spec={action.id === 'heirs' ? heirsSpec(action, preview, i18n) : action}
            />
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}
