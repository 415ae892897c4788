import { Box, Kbd } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ASSET_TAG } from '@shared/equipment';
import { useErrorText } from '../../lib/errors';
import { useLookupTag } from './queries';
import { TagScanField } from './TagScanField';

/** The shortcut that puts the cursor in the header's scan field from anywhere. */
export const SCAN_HOTKEY = 'mod+K';

/**
 * Pindai label aset, in the header on every screen: a scanned (or typed) tag opens that asset's
 * page; an unknown one says so. Ctrl+K puts the cursor here.
 */
export function HeaderScanField() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const lookup = useLookupTag();
  const box = useRef<HTMLDivElement>(null);
  useHotkeys(
    [
      [
        SCAN_HOTKEY,
        () => {
          const input = box.current?.querySelector('input');
          input?.focus();
          input?.select();
        },
      ],
    ],
    [],
  );
  const onTag = async (tag: string) => {
    if (!ASSET_TAG.test(tag)) {
      notifications.show({ color: 'red', message: t('equipment.scan.badTag', { tag }) });
      return;
    }
    try {
      const asset = await lookup.mutateAsync(tag);
      void navigate(`/equipment/assets/${asset.id}`);
    } catch (error) {
      notifications.show({ color: 'red', message: errorText(error) });
    }
  };
  return (
    <Box ref={box} visibleFrom="sm">
      <TagScanField
        size="sm"
        w={240}
        placeholder={t('equipment.scan.placeholder')}
        aria-label={t('equipment.scan.label')}
        title={t('equipment.scan.shortcut')}
        rightSection={<Kbd size="xs">Ctrl K</Kbd>}
        rightSectionWidth={56}
        rightSectionPointerEvents="none"
        onTag={onTag}
      />
    </Box>
  );
}
