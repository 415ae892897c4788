import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ClassPlace } from '@shared/contract';

/** Where a class is held, in words: the workshop, or the MTU site with its village. */
export function PlaceText({ place, withKind = false }: { place: ClassPlace | null; withKind?: boolean }) {
  const { t } = useTranslation();
  if (!place) {
    return (
      <Text c="dimmed" size={withKind ? undefined : 'sm'}>
        {t('classes.placeKind.none')}
      </Text>
    );
  }
  return (
    <>
      <Text fw={withKind ? 500 : undefined} size={withKind ? undefined : 'sm'}>
        {!withKind && place.kind === 'mtu' ? `${t('classes.mtuShort')} · ` : ''}
        {place.kind === 'mtu' ? `${place.name} (${t('classes.village', { village: place.village })})` : place.name}
      </Text>
      {withKind ? (
        <Text size="sm" c="dimmed">
          {t(`classes.placeKind.${place.kind}`)}
        </Text>
      ) : null}
    </>
  );
}
