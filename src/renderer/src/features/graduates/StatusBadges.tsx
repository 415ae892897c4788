import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RoundState } from '@shared/contract';
import type { FollowUpOutcome } from '@shared/graduates';

/** Working (for someone or for oneself) is green, studying blue, idle gray, lost contact orange. */
const OUTCOME_COLORS: Record<FollowUpOutcome, string> = {
  employed: 'teal',
  self_employed: 'green',
  studying: 'blue',
  not_working: 'gray',
  unreachable: 'orange',
};

/**
 * A graduate's current status; null (never followed up) reads "Belum ditelusuri" in neutral. At
 * least as wide as its words: in a table column a badge would otherwise shrink to "Belum ditelu…".
 */
export function OutcomeBadge({ outcome, ...props }: { outcome: FollowUpOutcome | null } & BadgeProps) {
  const { t } = useTranslation();
  if (outcome === null) {
    return (
      <Badge variant="default" miw="max-content" {...props}>
        {t('graduates.unknownStatus')}
      </Badge>
    );
  }
  return (
    <Badge variant="light" color={OUTCOME_COLORS[outcome]} miw="max-content" {...props}>
      {t(`graduates.outcome.${outcome}`)}
    </Badge>
  );
}

const ROUND_COLORS: Record<RoundState, string> = {
  done: 'teal',
  due: 'orange',
  upcoming: 'gray',
  missed: 'red',
};

/** Sudah / Jatuh tempo / Akan datang / Terlewat: what the desk still owes this round. */
export function RoundStateBadge({ state, ...props }: { state: RoundState } & BadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge variant={state === 'due' ? 'filled' : 'light'} color={ROUND_COLORS[state]} miw="max-content" {...props}>
      {t(`graduates.roundState.${state}`)}
    </Badge>
  );
}
