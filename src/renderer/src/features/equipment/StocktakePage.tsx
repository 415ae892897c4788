import { Anchor, Button, Group, Paper, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconArrowLeft, IconCircleCheck, IconX } from '@tabler/icons-react';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Stocktake, StocktakeItem } from '@shared/contract';
import { ASSET_CONDITIONS, type AssetCondition } from '@shared/equipment';
import { useCan } from '../../app/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useFormatDate, useFormatDateTime } from '../../lib/dates';
import { beep, StocktakeFeedback } from './StocktakeFeedback';
import { StocktakeCancelModal, StocktakeFinishModal } from './StocktakeFinishModal';
import { StocktakeItemsTable } from './StocktakeItemsTable';
import { StocktakeStatusBadge } from './StocktakesPage';
import { useMarkItem, useScanTag, useStocktake } from './stockQueries';
import { countItems, isTag, scanErrorFeedback, scanFeedback, type ScanFeedback } from './stocktakeScan';
import { TagScanField } from './TagScanField';

const SCAN_FIELD_ID = 'stocktake-scan';
const KEEP = 'keep';

function focusScanField() {
  const input = document.getElementById(SCAN_FIELD_ID);
  if (input instanceof HTMLInputElement) {
    input.focus();
    input.select();
  }
}

function Counter({
  label,
  value,
  color,
  testId,
}: {
  label: string;
  value: string | number;
  color?: string;
  testId: string;
}) {
  return (
    <Paper withBorder radius="md" p="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={32} fw={700} c={color} data-testid={testId} lh={1.2}>
        {value}
      </Text>
    </Paper>
  );
}

function Counters({ stocktake }: { stocktake: Stocktake }) {
  const { t } = useTranslation();
  const counts = countItems(stocktake.items);
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} aria-live="polite">
      <Counter
        label={t('stock.count.found')}
        value={t('stock.count.ofListed', { found: counts.found, listed: counts.listed })}
        color="green.8"
        testId="count-found"
      />
      <Counter
        label={t('stock.count.missing')}
        value={counts.missing}
        color={counts.missing ? 'red.8' : undefined}
        testId="count-missing"
      />
      <Counter
        label={t('stock.count.unexpected')}
        value={counts.unexpected}
        color={counts.unexpected ? 'orange.8' : undefined}
        testId="count-unexpected"
      />
      <Counter label={t('stock.count.away')} value={counts.away} testId="count-away" />
    </SimpleGrid>
  );
}

/** Alt+0 keeps the recorded condition; Alt+1..3 set Baik / Rusak Ringan / Rusak Berat for the next scan. */
function conditionFromKey(event: KeyboardEvent): string | null {
  if (!event.altKey || event.ctrlKey || event.metaKey) return null;
  const index = ['0', '1', '2', '3'].indexOf(event.key);
  if (index < 0) return null;
  return index === 0 ? KEEP : (ASSET_CONDITIONS[index - 1] ?? null);
}

function ScanPanel({ stocktake }: { stocktake: Stocktake }) {
  const { t } = useTranslation();
  const scan = useScanTag();
  const [condition, setCondition] = useState<string>(KEEP);
  const [feedback, setFeedback] = useState<ScanFeedback | null>(null);

  const show = (next: ScanFeedback) => {
    setFeedback(next);
    beep(next.kind);
  };

  const onTag = async (tag: string) => {
    if (!isTag(tag)) return show({ kind: 'badTag', tag });
    try {
      const result = await scan.mutateAsync({
        id: stocktake.id,
        tag,
        condition: condition === KEEP ? null : (condition as AssetCondition),
      });
      show(scanFeedback(result, stocktake.roomName));
    } catch (error) {
      show(scanErrorFeedback(tag, error));
    } finally {
      // The condition is for one scan: the next asset keeps its own unless the clerk says otherwise.
      setCondition(KEEP);
    }
  };

  return (
    <Paper withBorder radius="lg" p="lg">
      <Stack
        gap="md"
        onKeyDown={(event) => {
          const next = conditionFromKey(event);
          if (next === null) return;
          event.preventDefault();
          setCondition(next);
        }}
      >
        <TagScanField
          id={SCAN_FIELD_ID}
          label={t('stock.scan.label')}
          description={t('stock.scan.hint')}
          size="xl"
          autoFocus
          data-autofocus
          onTag={onTag}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="next-condition-label">
            {t('stock.scan.nextCondition')}
          </Text>
          <SegmentedControl
            aria-labelledby="next-condition-label"
            value={condition}
            onChange={(value) => {
              setCondition(value);
              focusScanField();
            }}
            data={[
              { value: KEEP, label: t('stock.scan.keepCondition') },
              ...ASSET_CONDITIONS.map((value) => ({ value, label: t(`equipment.condition.${value}`) })),
            ]}
          />
          <Text size="xs" c="dimmed">
            {t('stock.scan.conditionKeys')}
          </Text>
        </Stack>
        <StocktakeFeedback feedback={feedback} />
      </Stack>
    </Paper>
  );
}

function StocktakeView({ stocktake }: { stocktake: Stocktake }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const formatDateTime = useFormatDateTime();
  const canCount = useCan('stocktakes.scan');
  const canClose = useCan('stocktakes.finish');
  const mark = useMarkItem();
  const [finishing, setFinishing] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const page = useRef<HTMLDivElement>(null);
  const open = stocktake.status === 'open';
  const editable = open && canCount;

  const onMark = (item: StocktakeItem, found: boolean, condition: AssetCondition | null) =>
    mark.mutate({ id: stocktake.id, assetId: item.assetId, found, condition });

  /**
   * A scanner types into whatever has the focus: a tag arriving while the focus sits on a tick
   * box or a button goes to the scan field instead of being lost (focus moves before the key lands).
   */
  const onPageKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!editable || finishing || cancelling) return;
    const target = event.target as HTMLElement;
    if (!page.current?.contains(target)) return;
    if (event.key.length !== 1 || event.key === ' ' || event.ctrlKey || event.altKey || event.metaKey) return;
    if (target instanceof HTMLInputElement && target.type !== 'checkbox' && target.type !== 'radio') return;
    if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return;
    focusScanField();
  };

  const subtitle = [
    t('stock.stocktake.startedBy', { date: formatDate(stocktake.startedOn), name: stocktake.startedBy }),
    stocktake.finishedAt
      ? t(`stock.stocktake.closedAt.${stocktake.status === 'cancelled' ? 'cancelled' : 'finished'}`, {
          at: formatDateTime(stocktake.finishedAt),
        })
      : null,
    stocktake.notes || null,
  ]
    .filter(Boolean)
    .join(' · ');

  return (
    <Stack gap="lg" ref={page} onKeyDown={onPageKey}>
      <PageHeader
        title={t('stock.stocktake.countTitle', { room: stocktake.roomName })}
        subtitle={
          <Group gap="xs" component="span">
            <StocktakeStatusBadge status={stocktake.status} />
            <Text span c="dimmed">
              {subtitle}
            </Text>
          </Group>
        }
        actions={
          open && canClose ? (
            <>
              <Button
                variant="default"
                color="red"
                leftSection={<IconX size={18} />}
                onClick={() => setCancelling(true)}
              >
                {t('stock.stocktake.cancel')}
              </Button>
              <Button color="teal" leftSection={<IconCircleCheck size={18} />} onClick={() => setFinishing(true)}>
                {t('stock.stocktake.finish')}
              </Button>
            </>
          ) : null
        }
      />
      {editable ? <ScanPanel stocktake={stocktake} /> : null}
      {!open ? (
        <Text c="dimmed">
          {t(stocktake.status === 'cancelled' ? 'stock.stocktake.cancelledNote' : 'stock.stocktake.finishedNote')}
        </Text>
      ) : !canCount ? (
        <Text c="dimmed">{t('common.readOnly')}</Text>
      ) : null}
      <Counters stocktake={stocktake} />
      <ErrorAlert error={mark.error} />
      <Paper withBorder radius="lg" p="lg">
        <StocktakeItemsTable stocktake={stocktake} onMark={editable ? onMark : null} onPointerMark={focusScanField} />
      </Paper>
      {open ? (
        <>
          <StocktakeFinishModal
            stocktake={stocktake}
            opened={finishing}
            onClose={() => {
              setFinishing(false);
              setTimeout(focusScanField, 0);
            }}
          />
          <StocktakeCancelModal
            stocktake={stocktake}
            opened={cancelling}
            onClose={() => {
              setCancelling(false);
              setTimeout(focusScanField, 0);
            }}
          />
        </>
      ) : null}
    </Stack>
  );
}

/** Stok Opname of one workshop: count by scanning (or ticking), then finish or cancel; a closed one is read-only. */
export function StocktakePage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const stocktake = useStocktake(id);
  return (
    <Stack gap="md">
      <Group>
        <Anchor component={Link} to="/stocktakes" size="sm">
          <Group gap={4}>
            <IconArrowLeft size={16} />
            <Text span size="sm">
              {t('stock.stocktake.title')}
            </Text>
          </Group>
        </Anchor>
      </Group>
      <QueryState query={stocktake}>{(data) => <StocktakeView stocktake={data} />}</QueryState>
    </Stack>
  );
}
