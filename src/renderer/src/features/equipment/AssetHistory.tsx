import { Text, Timeline } from '@mantine/core';
import {
  IconArrowBackUp,
  IconArrowForwardUp,
  IconClipboardCheck,
  IconPencil,
  IconPlus,
  IconTool,
} from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AssetEvent } from '@shared/contract';
import { ASSET_CONDITIONS, ASSET_SOURCES, ASSET_STATUSES } from '@shared/equipment';
import { formatRupiah } from '@shared/format';
import { QueryState } from '../../components/QueryState';
import { useFormatDate, useFormatDateTime } from '../../lib/dates';
import { useRooms } from '../places/queries';
import { useAssetHistory, useEquipmentCategories } from './queries';

const oneOf = (list: readonly string[], value: unknown): value is string =>
  typeof value === 'string' && list.includes(value);

/** Links and files main keeps for itself: the event's title and note already say what they mean. */
const HIDDEN_FIELDS = new Set(['loanId', 'maintenanceId', 'stocktakeId', 'photoFile', 'statusReason', 'updatedAt']);

/** The changes worth a line: none for a creation (the asset's page shows it all), no internal links. */
export function shownChanges(event: AssetEvent): [string, [unknown, unknown]][] {
  if (event.action === 'assets.create') return [];
  return Object.entries(event.changes).filter(([field]) => !HIDDEN_FIELDS.has(field));
}

/** A before/after value in words: vocabularies translated, money in rupiah, dates written out, ids named. */
function useReadable() {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const rooms = useRooms();
  const categories = useEquipmentCategories();
  return (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return t('common.none');
    if (field === 'roomId') return rooms.data?.find((room) => room.id === value)?.name ?? String(value);
    if (field === 'categoryId') return categories.data?.find((item) => item.id === value)?.name ?? String(value);
    if (oneOf(ASSET_CONDITIONS, value)) return t(`equipment.condition.${value}`);
    if (oneOf(ASSET_STATUSES, value)) return t(`equipment.status.${value}`);
    if (oneOf(ASSET_SOURCES, value)) return t(`equipment.source.${value}`);
    if (typeof value === 'number' && /rupiah/i.test(field)) return formatRupiah(value);
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
    if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
    return String(value);
  };
}

function icon(action: string) {
  if (action === 'loans.checkOut') return <IconArrowForwardUp size={14} />;
  if (action === 'loans.checkIn') return <IconArrowBackUp size={14} />;
  if (action.startsWith('maintenance.')) return <IconTool size={14} />;
  if (action.startsWith('stocktakes.')) return <IconClipboardCheck size={14} />;
  if (action === 'assets.create') return <IconPlus size={14} />;
  return <IconPencil size={14} />;
}

export function eventTitle(t: TFunction, action: string): string {
  return t(`equipment.event.${action.replace('.', '_')}`, { defaultValue: action });
}

function Event({ event }: { event: AssetEvent }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const readable = useReadable();
  return (
    <>
      <Text size="xs" c="dimmed">
        {formatDateTime(event.at)} · {event.operatorName}
      </Text>
      {event.note ? <Text size="sm">{event.note}</Text> : null}
      {shownChanges(event).map(([field, [before, after]]) => (
        <Text size="sm" key={field}>
          {t(`equipment.field.${field}`, { defaultValue: field })}: {readable(field, before)} → {readable(field, after)}
        </Text>
      ))}
    </>
  );
}

/** Riwayat: every change, loan, return, repair and count of one asset, newest first. */
export function AssetHistory({ assetId }: { assetId: number }) {
  const { t } = useTranslation();
  const history = useAssetHistory(assetId);
  return (
    <QueryState query={history}>
      {(events) =>
        events.length === 0 ? (
          <Text c="dimmed">{t('equipment.history.empty')}</Text>
        ) : (
          <Timeline bulletSize={24} lineWidth={2} active={events.length}>
            {events.map((event, index) => (
              <Timeline.Item
                key={`${event.at}-${index}`}
                bullet={icon(event.action)}
                title={eventTitle(t, event.action)}
              >
                <Event event={event} />
              </Timeline.Item>
            ))}
          </Timeline>
        )
      }
    </QueryState>
  );
}
