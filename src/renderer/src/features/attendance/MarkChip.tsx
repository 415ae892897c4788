import { Box, Text, type MantineColor } from '@mantine/core';
import type { AttendanceMark } from '@shared/domain';

export const MARK_COLOURS: Record<AttendanceMark, MantineColor> = { H: 'teal', S: 'yellow', I: 'blue', A: 'red' };

/**
 * One mark as a coloured letter. A presumed Hadir (not saved yet) is a faded grey H with a dashed
 * border, so a clerk sees at a glance which columns still need saving.
 */
export function MarkChip({ mark, presumed = false }: { mark: AttendanceMark | null; presumed?: boolean }) {
  if (mark === null) return <Text c="dimmed">·</Text>;
  const colour = MARK_COLOURS[mark];
  return (
    <Box
      component="span"
      aria-hidden
      style={{
        display: 'inline-flex',
        alignItems: 'center',
        justifyContent: 'center',
        width: 30,
        height: 30,
        borderRadius: 6,
        fontWeight: 700,
        background: presumed ? 'transparent' : `var(--mantine-color-${colour}-1)`,
        color: presumed ? 'var(--mantine-color-gray-5)' : `var(--mantine-color-${colour}-9)`,
        border: presumed ? '1px dashed var(--mantine-color-gray-4)' : `1px solid var(--mantine-color-${colour}-3)`,
      }}
    >
      {mark}
    </Box>
  );
}
