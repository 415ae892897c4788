import { Button, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArchive, IconMapPinQuestion, IconRestore } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Asset } from '@shared/contract';
import type { ManualAssetStatus } from '@shared/equipment';
import { useCan } from '../../app/session';
import { useSingleFlight } from '../../lib/forms';
import { ReasonModal } from '../certificates/ReasonModal';
import { useSetAssetStatus } from './queries';

/** Which hand-set statuses make sense from where the asset is now (main checks again). */
export function manualTargets(status: Asset['status']): ManualAssetStatus[] {
  if (status === 'lost') return ['available', 'disposed'];
  if (status === 'available' || status === 'in_repair') return ['lost', 'disposed'];
  return [];
}

const ICONS = { available: IconRestore, lost: IconMapPinQuestion, disposed: IconArchive } as const;

/** Hapuskan / Tandai hilang / Ditemukan kembali (administrators), each with a written reason. */
export function AssetStatusActions({ asset }: { asset: Asset }) {
  const { t } = useTranslation();
  const can = useCan('assets.setStatus');
  const setStatus = useSetAssetStatus();
  const submit = useSingleFlight(setStatus);
  const [target, setTarget] = useState<ManualAssetStatus | null>(null);
  if (!can) return null;
  const targets = manualTargets(asset.status);
  return (
    <>
      {targets.map((status) => {
        const Icon = ICONS[status];
        return (
          <Button
            key={status}
            variant="light"
            color={status === 'available' ? 'teal' : 'red'}
            leftSection={<Icon size={18} />}
            onClick={() => {
              setStatus.reset();
              setTarget(status);
            }}
          >
            {t(`equipment.setStatus.${status}.button`)}
          </Button>
        );
      })}
      <ReasonModal
        opened={target !== null}
        title={target ? t(`equipment.setStatus.${target}.title`, { tag: asset.tag }) : ''}
        intro={target ? <Text size="sm">{t(`equipment.setStatus.${target}.intro`, { name: asset.name })}</Text> : null}
        label={t('equipment.setStatus.reason')}
        submitLabel={target ? t(`equipment.setStatus.${target}.button`) : ''}
        danger={target !== 'available'}
        pending={setStatus.isPending}
        error={setStatus.error}
        onClose={() => setTarget(null)}
        onSubmit={(reason) => {
          if (!target) return;
          submit(
            { id: asset.id, status: target, reason },
            {
              onSuccess: (saved) => {
                notifications.show({
                  color: 'teal',
                  message: t('equipment.setStatus.done', {
                    tag: saved.tag,
                    status: t(`equipment.status.${saved.status}`),
                  }),
                });
                setTarget(null);
              },
            },
          );
        }}
      />
    </>
  );
}
