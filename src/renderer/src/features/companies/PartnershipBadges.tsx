import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PartnershipKind } from '@shared/graduates';

const PARTNERSHIP_COLORS: Record<PartnershipKind, string> = {
  hiring: 'teal',
  apprentices: 'blue',
  instructors: 'grape',
  sponsor: 'yellow',
};

/** What the company does with the BLK, one badge each; "—" when nothing is recorded yet. */
export function PartnershipBadges({ kinds }: { kinds: readonly PartnershipKind[] }) {
  const { t } = useTranslation();
  if (kinds.length === 0) return <>{t('common.none')}</>;
  return (
    <Group gap={4}>
      {kinds.map((kind) => (
        <Badge
          key={kind}
          variant="light"
          color={PARTNERSHIP_COLORS[kind]}
          styles={{ label: { textTransform: 'none' } }}
        >
          {t(`graduates.partnership.${kind}`)}
        </Badge>
      ))}
    </Group>
  );
}
