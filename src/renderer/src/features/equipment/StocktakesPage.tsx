import { Alert, Anchor, Badge, Button, Modal, Paper, Select, Stack, Text, Textarea } from '@mantine/core';
import { IconClipboardCheck, IconPlus } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { contract, type StocktakeRow } from '@shared/contract';
import { useCan } from '../../app/session';
import { FormActions } from '../../components/FormActions';
import { PageHeader } from '../../components/PageHeader';
import { useFormatDate, useFormatDateTime } from '../../lib/dates';
import { useErrorText } from '../../lib/errors';
import { parseInput, showServerFieldErrors, useAppForm, useSingleFlight } from '../../lib/forms';
import { useRooms } from '../places/queries';
import { useStartStocktake, useStocktakes } from './stockQueries';

const STATUS_COLOR: Record<StocktakeRow['status'], string> = { open: 'blue', finished: 'teal', cancelled: 'gray' };

export function StocktakeStatusBadge({ status }: { status: StocktakeRow['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge component="span" variant="light" color={STATUS_COLOR[status]} styles={{ label: { textTransform: 'none' } }}>
      {t(`stock.stocktake.status.${status}`)}
    </Badge>
  );
}

interface StartValues extends Record<string, unknown> {
  roomId: string | null;
  notes: string;
}

/** Picks the workshop to count; a workshop with a count still open offers that count instead. */
function StartStocktakeForm({ open, onDone }: { open: readonly StocktakeRow[]; onDone: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const rooms = useRooms();
  const start = useStartStocktake();
  const submit = useSingleFlight(start);
  const form = useAppForm<StartValues>({ initialValues: { roomId: null, notes: '' } });
  const roomId = form.getValues().roomId;
  const running = open.find((row) => String(row.roomId) === roomId);
  const onSubmit = form.onSubmit((values) => {
    const parsed = parseInput(contract['stocktakes.start'].input, {
      roomId: values.roomId ? Number(values.roomId) : undefined,
      notes: values.notes,
    });
    if (!parsed.ok) return form.setErrors(parsed.errors);
    submit(parsed.data, {
      onSuccess: (stocktake) => {
        onDone();
        void navigate(`/stocktakes/${stocktake.id}`);
      },
      onError: (error) => showServerFieldErrors(form, error),
    });
  });
  const options = (rooms.data ?? [])
    .filter((room) => room.active || String(room.id) === roomId)
    .map((room) => ({ value: String(room.id), label: room.name }));
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('stock.stocktake.startIntro')}</Text>
        <Select
          label={t('stock.stocktake.room')}
          withAsterisk
          searchable
          data-autofocus
          data={options}
          nothingFoundMessage={t('stock.stocktake.noRooms')}
          {...form.getInputProps('roomId')}
        />
        {running ? (
          <Alert color="yellow" variant="light">
            <Stack gap={4}>
              <Text size="sm">{t('errors.STOCKTAKE_OPEN')}</Text>
              <Anchor component={Link} to={`/stocktakes/${running.id}`} onClick={onDone} fw={600}>
                {t('stock.stocktake.continue')}
              </Anchor>
            </Stack>
          </Alert>
        ) : null}
        <Textarea
          label={t('stock.stocktake.notes')}
          description={t('stock.stocktake.notesHint')}
          autosize
          minRows={2}
          {...form.getInputProps('notes')}
        />
        <FormActions error={start.error} pending={start.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}

/** Stok Opname: every count of a workshop's equipment, open ones first, and where a new one starts. */
export function StocktakesPage() {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const formatDateTime = useFormatDateTime();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const stocktakes = useStocktakes();
  const canStart = useCan('stocktakes.start');
  const [starting, setStarting] = useState(false);
  const rows = [...(stocktakes.data ?? [])].sort(
    (a, b) => Number(b.status === 'open') - Number(a.status === 'open') || b.id - a.id,
  );
  const open = rows.filter((row) => row.status === 'open');
  return (
    <Stack gap="md">
      <PageHeader
        title={t('stock.stocktake.title')}
        subtitle={t('stock.stocktake.subtitle')}
        actions={
          canStart ? (
            <Button leftSection={<IconPlus size={18} />} onClick={() => setStarting(true)} autoFocus data-autofocus>
              {t('stock.stocktake.start')}
            </Button>
          ) : null
        }
      />
      <Paper withBorder radius="lg" p="lg">
        <DataTable<StocktakeRow>
          minHeight={160}
          striped
          highlightOnHover
          verticalSpacing="sm"
          fetching={stocktakes.isPending}
          records={rows}
          onRowClick={({ record }) => void navigate(`/stocktakes/${record.id}`)}
          noRecordsText={
            stocktakes.isError
              ? errorText(stocktakes.error)
              : canStart
                ? t('stock.stocktake.empty')
                : t('stock.stocktake.emptyReadOnly')
          }
          columns={[
            {
              accessor: 'roomName',
              title: t('stock.stocktake.room'),
              render: (row) => (
                <Anchor
                  component={Link}
                  to={`/stocktakes/${row.id}`}
                  fw={600}
                  onClick={(event) => event.stopPropagation()}
                >
                  {row.roomName}
                </Anchor>
              ),
            },
            {
              accessor: 'status',
              title: t('stock.stocktake.statusCol'),
              noWrap: true,
              render: (row) => <StocktakeStatusBadge status={row.status} />,
            },
            {
              accessor: 'startedOn',
              title: t('stock.stocktake.startedOn'),
              noWrap: true,
              render: (row) => (
                <Stack gap={0}>
                  <Text size="sm">{formatDate(row.startedOn)}</Text>
                  <Text size="xs" c="dimmed">
                    {row.startedBy}
                  </Text>
                </Stack>
              ),
            },
            {
              accessor: 'finishedAt',
              title: t('stock.stocktake.finishedAt'),
              render: (row) => (row.finishedAt ? formatDateTime(row.finishedAt) : t('common.none')),
            },
            { accessor: 'listed', title: t('stock.count.listed'), textAlign: 'right' },
            { accessor: 'found', title: t('stock.count.found'), textAlign: 'right' },
            {
              accessor: 'missing',
              title: t('stock.count.missing'),
              textAlign: 'right',
              render: (row) => (
                <Text size="sm" fw={row.missing > 0 ? 700 : undefined} c={row.missing > 0 ? 'red.8' : undefined}>
                  {row.missing}
                </Text>
              ),
            },
            {
              accessor: 'unexpected',
              title: t('stock.count.unexpected'),
              textAlign: 'right',
              render: (row) => (
                <Text
                  size="sm"
                  fw={row.unexpected > 0 ? 700 : undefined}
                  c={row.unexpected > 0 ? 'orange.8' : undefined}
                >
                  {row.unexpected}
                </Text>
              ),
            },
            { accessor: 'notes', title: t('stock.stocktake.notes'), render: (row) => row.notes || t('common.none') },
            {
              accessor: 'actions',
              title: '',
              textAlign: 'right',
              render: (row) => (
                <Button
                  component={Link}
                  to={`/stocktakes/${row.id}`}
                  size="xs"
                  variant={row.status === 'open' ? 'filled' : 'subtle'}
                  leftSection={<IconClipboardCheck size={14} />}
                  onClick={(event) => event.stopPropagation()}
                  aria-label={`${t(row.status === 'open' ? 'stock.stocktake.continue' : 'stock.stocktake.view')} ${row.roomName}`}
                >
                  {t(row.status === 'open' ? 'stock.stocktake.continue' : 'stock.stocktake.view')}
                </Button>
              ),
            },
          ]}
        />
      </Paper>
      <Modal opened={starting} onClose={() => setStarting(false)} title={t('stock.stocktake.startTitle')} size="md">
        {starting ? <StartStocktakeForm open={open} onDone={() => setStarting(false)} /> : null}
      </Modal>
    </Stack>
  );
}
