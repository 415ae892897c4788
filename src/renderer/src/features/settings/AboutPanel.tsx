import { List, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Who made the data and fonts the app ships with: the ODbL asks for this credit where users see it. */
export function AboutPanel() {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="lg" p="lg">
      <Title order={2} fz={20} mb="xs">
        {t('about.title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('about.summary')}
      </Text>
      <List size="sm" spacing={4}>
        <List.Item>{t('about.regions')}</List.Item>
        <List.Item>{t('about.fonts')}</List.Item>
      </List>
    </Paper>
  );
}
