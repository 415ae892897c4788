import { Alert, Button, Checkbox, Group, List, Modal, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stocktake, StocktakeItem } from '@shared/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSingleFlight } from '../../lib/forms';
import { useCancelStocktake, useFinishStocktake } from './stockQueries';
import { finishPreview, unexpectedReasons } from './stocktakeScan';

function AssetList({ items, roomName }: { items: StocktakeItem[]; roomName: string }) {
  const { t } = useTranslation();
  return (
    <ScrollArea.Autosize mah={180} type="auto">
      <List size="sm" spacing={2}>
        {items.map((item) => {
          const reasons = unexpectedReasons(item, roomName);
          return (
            <List.Item key={item.assetId}>
              <Text span ff="monospace" fw={600} size="sm">
                {item.tag}
              </Text>{' '}
              {item.name}
              {item.verdict === 'unexpected' && reasons.length > 0 ? (
                <Text span size="xs" c="dimmed">
                  {' '}
                  (
                  {reasons
                    .map((reason) =>
                      reason.kind === 'status'
                        ? t(`stock.scan.reason.${reason.status}`)
                        : t('stock.scan.reason.otherRoom', { room: reason.room }),
                    )
                    .join(', ')}
                  )
                </Text>
              ) : null}
            </List.Item>
          );
        })}
      </List>
    </ScrollArea.Autosize>
  );
}

/**
 * The last step of a count: what was not found and what turned up unexpectedly, and the two
 * decisions that change the register. Nothing changes until the clerk confirms.
 */
/** One list of the finish preview (missing, or unexpected), or a line saying there is none. */
function PreviewSection({
  title,
  emptyText,
  items,
  roomName,
}: {
  title: string;
  emptyText: string;
  items: StocktakeItem[];
  roomName: string;
}) {
  return (
    <Stack gap={4}>
      <Title order={3} fz="md">
        {title}
      </Title>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {emptyText}
        </Text>
      ) : (
        <AssetList items={items} roomName={roomName} />
      )}
    </Stack>
  );
}

export function StocktakeFinishModal({
  stocktake,
  opened,
  onClose,
}: {
  stocktake: Stocktake;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const finish = useFinishStocktake();
  const submit = useSingleFlight(finish);
  const [markMissingLost, setMarkMissingLost] = useState(false);
  const [moveUnexpected, setMoveUnexpected] = useState(false);
  const preview = finishPreview(stocktake);
  const close = () => {
    finish.reset();
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title={t('stock.finish.title', { room: stocktake.roomName })} size="lg">
      <Stack gap="md">
        <PreviewSection
          title={t('stock.finish.missingTitle', { count: preview.missing.length })}
          emptyText={t('stock.finish.noneMissing')}
          items={preview.missing}
          roomName={stocktake.roomName}
        />
        <PreviewSection
          title={t('stock.finish.unexpectedTitle', { count: preview.unexpected.length })}
          emptyText={t('stock.finish.noneUnexpected')}
          items={preview.unexpected}
          roomName={stocktake.roomName}
        />
        <Checkbox
          data-autofocus
          checked={markMissingLost}
          onChange={(event) => setMarkMissingLost(event.currentTarget.checked)}
          label={t('stock.finish.markMissingLost')}
          description={t('stock.finish.markMissingLostHint', {
            missing: preview.missing.length,
            found: preview.foundLost.length,
          })}
        />
        <Checkbox
          checked={moveUnexpected}
          onChange={(event) => setMoveUnexpected(event.currentTarget.checked)}
          label={t('stock.finish.moveUnexpected', { room: stocktake.roomName })}
          description={t('stock.finish.moveUnexpectedHint', {
            count: preview.fromElsewhere.length,
            room: stocktake.roomName,
          })}
        />
        {!markMissingLost && !moveUnexpected ? (
          <Alert color="gray" variant="light">
            {t('stock.finish.recordOnly')}
          </Alert>
        ) : null}
        <ErrorAlert error={finish.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('stock.finish.back')}
          </Button>
          <Button
            color="teal"
            loading={finish.isPending}
            onClick={() => submit({ id: stocktake.id, markMissingLost, moveUnexpected }, { onSuccess: onClose })}
          >
            {t('stock.finish.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Stopping a count keeps nothing: the register stays as it was before the count began. */
export function StocktakeCancelModal({
  stocktake,
  opened,
  onClose,
}: {
  stocktake: Stocktake;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const cancel = useCancelStocktake();
  const submit = useSingleFlight(cancel);
  const close = () => {
    cancel.reset();
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title={t('stock.cancel.title')} size="md">
      <Stack gap="md">
        <Text>{t('stock.cancel.body', { room: stocktake.roomName })}</Text>
        <ErrorAlert error={cancel.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close} data-autofocus>
            {t('stock.cancel.back')}
          </Button>
          <Button
            color="red"
            loading={cancel.isPending}
            onClick={() => submit({ id: stocktake.id }, { onSuccess: onClose })}
          >
            {t('stock.cancel.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
