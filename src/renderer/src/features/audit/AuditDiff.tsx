import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../../lib/dates';
import { diffAudit, valueText, type ValueWords } from './diff';

const cellText = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } as const;

/**
 * Before and after of one audit entry as a field-by-field table, changed fields highlighted.
 * Every value is rendered as a React text node: whatever was typed into the app shows as typed.
 */
export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useTranslation();
  const formatInstant = useFormatDateTime();
  const lines = diffAudit(before, after);
  if (lines.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        {t('audit.diff.nothing')}
      </Text>
    );
  }
  const words: ValueWords = {
    empty: t('audit.diff.empty'),
    yes: t('audit.diff.yes'),
    no: t('audit.diff.no'),
    formatInstant,
  };
  const shown = (present: boolean, value: unknown) => (present ? valueText(value, words) : t('audit.diff.absent'));
  const changedCount = lines.filter((line) => line.changed).length;
  return (
    <Table
      withTableBorder
      withColumnBorders
      verticalSpacing={6}
      layout="fixed"
      captionSide="top"
      data-testid="audit-diff"
    >
      {changedCount > 0 ? (
        <Table.Caption ta="left" mt={0} mb="xs">
          {t('audit.diff.summary', { count: changedCount })}
        </Table.Caption>
      ) : null}
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="22%">{t('audit.diff.field')}</Table.Th>
          <Table.Th>{t('audit.diff.before')}</Table.Th>
          <Table.Th>{t('audit.diff.after')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {lines.map((line) => (
          <Table.Tr
            key={line.key}
            data-changed={line.changed || undefined}
            bg={line.changed ? 'var(--mantine-color-yellow-light)' : undefined}
          >
            <Table.Td style={cellText}>
              <Text span ff="monospace" size="sm">
                {line.key}
              </Text>
              {line.changed ? (
                <Badge ml="xs" size="xs" color="yellow" variant="filled">
                  {t('audit.diff.changed')}
                </Badge>
              ) : null}
            </Table.Td>
            <Table.Td
              style={cellText}
              c={line.changed ? 'red.9' : undefined}
              td={line.changed ? 'line-through' : undefined}
            >
              {shown(line.inBefore, line.before)}
            </Table.Td>
            <Table.Td style={cellText} c={line.changed ? 'teal.9' : undefined} fw={line.changed ? 600 : undefined}>
              {shown(line.inAfter, line.after)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
