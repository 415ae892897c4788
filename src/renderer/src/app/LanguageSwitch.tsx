import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@shared/domain';
import { setLocale, useLocale } from '../i18n';

export function LanguageSwitch() {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('header.language')}
      value={locale}
      onChange={(value) => setLocale(value as Locale)}
      data={[
        { value: 'id', label: 'ID' },
        { value: 'en', label: 'EN' },
      ]}
    />
  );
}
