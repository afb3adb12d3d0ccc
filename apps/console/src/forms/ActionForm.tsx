import { Alert, Button, Checkbox, Group, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Service } from '../api';
import { ApiRefusal, apiSend } from '../api-send';
import { useOfficer } from '../auth/officer-context';
import { codeLabel } from '../i18n/code-labels';
import { bodyOf, placeViolations, type FieldSpec, type FormValues } from './form-body';

export interface ActionSpec {
  /** i18next key of the submit button (and the form's accessible name). */
  title: string;
  service: Service;
  method?: 'POST' | 'PUT' | 'PATCH';
  path: string;
  fields?: readonly FieldSpec[];
  /** Parts of the body the officer does not type (a chosen category, the claim's own ids). */
  fixed?: object;
  initial?: FormValues;
}

/**
 * One API action as a form: the officer fills the fields, the service decides, and its refusals
 * show beside the fields they concern (the rest above the button). Every cached read of the same
 * service is refreshed after a success.
 */
export function ActionForm<T>({ spec, onDone }: { spec: ActionSpec; onDone?: (result: T) => void }) {
  const { t, i18n } = useTranslation();
  const officer = useOfficer();
  const queryClient = useQueryClient();
  const fields = spec.fields ?? [];
  const [values, setValues] = useState<FormValues>(spec.initial ?? {});
  const action = useMutation({
    mutationFn: () =>
      apiSend<T>(
        spec.service,
        spec.method ?? 'POST',
        spec.path,
        officer.accessToken,
        bodyOf(fields, values, spec.fixed),
      ),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: [spec.service] });
      onDone?.(result);
    },
  });
  const refusal = action.error instanceof ApiRefusal ? action.error : undefined;
  const { byField, unplaced } = placeViolations(fields, refusal?.violations ?? []);
  const set = (name: string, value: string | boolean) => setValues((current) => ({ ...current, [name]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    action.mutate();
  };

  return (
    <form onSubmit={submit} aria-label={t(spec.title)} noValidate>
      <Stack gap="xs">
        {fields.map((field) => {
          const common = {
            label: t(field.label),
            required: field.required,
            error: byField[field.name],
          };
          const text = String(values[field.name] ?? '');
          if (field.kind === 'checkbox') {
            return (
              <Checkbox
                key={field.name}
                {...common}
                checked={values[field.name] === true}
                onChange={(event) => set(field.name, event.currentTarget.checked)}
              />
            );
          }
          if (field.kind === 'select') {
            return (
              <NativeSelect
                key={field.name}
                {...common}
                value={text}
                data={[
                  { value: '', label: '—' },
                  ...(field.options ?? []).map((option) =>
                    field.codes ? { ...option, label: codeLabel(i18n, field.codes, option.value) } : option,
                  ),
                ]}
                onChange={(event) => set(field.name, event.currentTarget.value)}
              />
            );
          }
          if (field.kind === 'textarea') {
            return (
              <Textarea
                key={field.name}
                {...common}
                value={text}
                onChange={(event) => set(field.name, event.currentTarget.value)}
              />
            );
          }
          return (
            <TextInput
              key={field.name}
              {...common}
              type={field.kind === 'date' ? 'date' : field.kind === 'number' ? 'number' : 'text'}
              value={text}
              onChange={(event) => set(field.name, event.currentTarget.value)}
            />
          );
        })}
        {action.error && (
          <Alert color="red" role="alert" title={refusal?.code ?? t('form.failed')}>
            {unplaced.length > 0
              ? unplaced.map((violation) => violation.message).join('; ')
              : Object.keys(byField).length > 0
                ? t('form.checkFields')
                : action.error.message}
          </Alert>
        )}
        {action.isSuccess && (
          <Alert color="green" role="status">
            {t('form.done')}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={action.isPending}>
            {t(spec.title)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
