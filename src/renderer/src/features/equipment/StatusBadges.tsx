import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AssetCondition, AssetStatus } from '@shared/equipment';

const CONDITION_COLORS: Record<AssetCondition, string> = {
  good: 'teal',
  minor_damage: 'yellow',
  major_damage: 'red',
};

const STATUS_COLORS: Record<AssetStatus, string> = {
  available: 'teal',
  checked_out: 'blue',
  in_repair: 'orange',
  lost: 'red',
  disposed: 'gray',
};

/** Kondisi: Baik / Rusak Ringan / Rusak Berat, in the words of the KIB. */
export function ConditionBadge({ condition, ...props }: { condition: AssetCondition } & BadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={CONDITION_COLORS[condition]} {...props}>
      {t(`equipment.condition.${condition}`)}
    </Badge>
  );
}

/** Where the asset is: on the shelf, lent out, in repair, lost or written off. */
export function AssetStatusBadge({ status, ...props }: { status: AssetStatus } & BadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge variant={status === 'available' ? 'light' : 'filled'} color={STATUS_COLORS[status]} {...props}>
      {t(`equipment.status.${status}`)}
    </Badge>
  );
}
