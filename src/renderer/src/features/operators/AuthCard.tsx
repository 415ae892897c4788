import { Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Lamp } from '../../components/Lamp';
import { LanguageSwitch } from '../../app/LanguageSwitch';

/** The frame of the screens shown before anyone is signed in: brand, language, one card. */
export function AuthCard({
  title,
  intro,
  width,
  children,
}: {
  title: string;
  intro: ReactNode;
  width: number;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Center mih="100vh" p="lg">
      <Box w="100%" maw={width}>
        <Group justify="space-between" mb="md">
          <Group gap="xs">
            <Lamp size={32} />
            <Text fw={700} fz={24} c="pelita.9">
              {t('app.name')}
            </Text>
            <Text c="dimmed" size="sm">
              {t('app.tagline')}
            </Text>
          </Group>
          <LanguageSwitch />
        </Group>
        <Paper withBorder shadow="sm" radius="lg" p="xl">
          <Stack gap="xs" mb="lg">
            <Title order={1} fz={26}>
              {title}
            </Title>
            <Text c="dimmed">{intro}</Text>
          </Stack>
          {children}
        </Paper>
      </Box>
    </Center>
  );
}
