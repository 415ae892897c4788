import { Anchor, Badge, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import type { ComponentType, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/**
 * One "today" card: what it is about, how many, a few rows and a way to the full list. With
 * nothing to do it says so in words and stays calm (grey), so the cards that need the clerk
 * stand out by colour.
 */
export function TodayCard({
  title,
  icon: CardIcon,
  color,
  count,
  emptyText,
  to,
  linkLabel,
  children,
}: {
  title: string;
  icon: ComponentType<{ size?: number }>;
  /** The colour when there is something to do. */
  color: string;
  count: number;
  emptyText: string;
  to: string;
  linkLabel?: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const active = count > 0;
  return (
    <Paper withBorder radius="lg" p="md" component="section" aria-label={title}>
      <Stack gap="sm" h="100%">
        <Group gap="sm" wrap="nowrap" justify="space-between">
          <Group gap="sm" wrap="nowrap">
            <ThemeIcon variant="light" color={active ? color : 'gray'} size="lg" radius="md">
              <CardIcon size={20} />
            </ThemeIcon>
            <Title order={3} fz="md">
              {title}
            </Title>
          </Group>
          {active ? (
            <Badge color={color} variant="filled" size="lg" circle={count < 10}>
              {count}
            </Badge>
          ) : null}
        </Group>
        {active ? children : <Text c="dimmed">{emptyText}</Text>}
        <Anchor component={Link} to={to} size="sm" mt="auto" fw={500}>
          <Group gap={4} component="span">
            {linkLabel ?? t('dashboard.today.seeAll')}
            <IconArrowRight size={14} />
          </Group>
        </Anchor>
      </Stack>
    </Paper>
  );
}

/** A short list row in a card: the main words, then a dimmed detail. */
export function TodayRow({ primary, detail }: { primary: ReactNode; detail: ReactNode }) {
  return (
    <Stack gap={0} component="li">
      <Text fw={600} size="sm" lineClamp={1}>
        {primary}
      </Text>
      <Text size="xs" c="dimmed" lineClamp={2}>
        {detail}
      </Text>
    </Stack>
  );
}

/** The rows of a card as a list, with "dan 3 lainnya" when the card shows only the first few. */
export function TodayList({ total, children }: { total: number; children: ReactNode[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap={6} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
      {children}
      {total > children.length ? (
        <Text size="xs" c="dimmed" component="li">
          {t('dashboard.today.more', { count: total - children.length })}
        </Text>
      ) : null}
    </Stack>
  );
}
