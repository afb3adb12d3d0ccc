import { Alert, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** What a page shows while its query runs or after it failed. */
export function QueryState({ error }: { error: Error | null }) {
  const { t } = useTranslation();
  if (error) return <Alert color="red">{t('common.failed', { message: error.message })}</Alert>;
  return <Loader aria-label={t('common.loading')} />;
}
