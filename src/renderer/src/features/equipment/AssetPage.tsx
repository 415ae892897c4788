import { Alert, Anchor, Button, Group, Image, Modal, Paper, SimpleGrid, Stack, Tabs, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowForwardUp, IconPencil, IconPhoto, IconPhotoOff, IconTags, IconTool } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { Asset } from '@shared/contract';
import { formatRupiah } from '@shared/format';
import { useCan } from '../../app/session';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useFormatDate } from '../../lib/dates';
import { useErrorText } from '../../lib/errors';
import { useSingleFlight } from '../../lib/forms';
import { AssetForm } from './AssetForm';
import { AssetHistory } from './AssetHistory';
import { AssetStatusActions } from './AssetStatusActions';
import { FinishRepairForm, MaintenanceForm } from './MaintenanceForm';
import { usePagedTable } from '../../components/pagedTable';
import { LoansTable } from './LoansTable';
import { MaintenanceTable } from './MaintenanceTable';
import { useAsset, useChoosePhoto, useClearPhoto, useLoans, useMaintenance, usePrintLabels } from './queries';
import { AssetStatusBadge, ConditionBadge } from './StatusBadges';
import { Fact } from '../../components/Fact';

const LOANS_PAGE_SIZE = 10;

function Photo({ asset }: { asset: Asset }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const canEdit = useCan('assets.choosePhoto');
  const choose = useChoosePhoto();
  const clear = useClearPhoto();
  const submitChoose = useSingleFlight(choose);
  const failed = (error: unknown) => notifications.show({ color: 'red', message: errorText(error) });
  return (
    <Stack gap="xs">
      {asset.photoDataUrl ? (
        <Image
          src={asset.photoDataUrl}
          alt={t('equipment.asset.photoOf', { name: asset.name })}
          h={220}
          fit="contain"
          radius="md"
        />
      ) : (
        <Paper withBorder radius="md" h={220} p="md" style={{ display: 'grid', placeItems: 'center' }}>
          <Text c="dimmed" size="sm" ta="center">
            {canEdit ? t('equipment.asset.noPhotoChoose') : t('equipment.asset.noPhoto')}
          </Text>
        </Paper>
      )}
      {canEdit ? (
        <Group gap="xs">
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPhoto size={16} />}
            loading={choose.isPending}
            onClick={() => submitChoose(asset.id, { onError: failed })}
          >
            {t('equipment.asset.choosePhoto')}
          </Button>
          {asset.photoDataUrl ? (
            <Button
              size="xs"
              variant="subtle"
              color="red"
              leftSection={<IconPhotoOff size={16} />}
              loading={clear.isPending}
              onClick={() => clear.mutate(asset.id, { onError: failed })}
            >
              {t('equipment.asset.clearPhoto')}
            </Button>
          ) : null}
        </Group>
      ) : null}
    </Stack>
  );
}

function AssetView({ asset }: { asset: Asset }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const formatDate = useFormatDate();
  const errorText = useErrorText();
  const canEdit = useCan('assets.update');
  const canLend = useCan('loans.checkOut');
  const canRecord = useCan('maintenance.record');
  const canFinish = useCan('maintenance.finish');
  const [dialog, setDialog] = useState<'edit' | 'maintenance' | 'finish' | null>(null);
  // The repair being finished, kept while its form is open: saving ends asset.openRepair, and the
  // form must stay mounted until its own onSuccess has closed the dialog.
  const [repairId, setRepairId] = useState<number | null>(null);
  const [loansPage, setLoansPage] = useState(1);
  const loans = useLoans({ state: 'all', assetId: asset.id, page: loansPage, pageSize: LOANS_PAGE_SIZE });
  const loansTable = usePagedTable(loans, { page: loansPage, onPageChange: setLoansPage, pageSize: LOANS_PAGE_SIZE });
  const maintenance = useMaintenance({ assetId: asset.id, openOnly: false });
  const printLabels = usePrintLabels();
  const submitLabels = useSingleFlight(printLabels);
  const close = () => setDialog(null);
  const gone = asset.status === 'disposed' || asset.status === 'lost';

  return (
    <Stack gap="lg">
      <PageHeader
        title={asset.name}
        subtitle={
          <Group gap="sm" component="span">
            <Text component="span" ff="monospace" fw={700}>
              {asset.tag}
            </Text>
            <ConditionBadge condition={asset.condition} />
            <AssetStatusBadge status={asset.status} />
          </Group>
        }
        actions={
          <>
            {canLend && asset.status === 'available' ? (
              <Button
                leftSection={<IconArrowForwardUp size={18} />}
                onClick={() => void navigate(`/loans/new?asset=${asset.id}`)}
                autoFocus
              >
                {t('equipment.asset.lend')}
              </Button>
            ) : null}
            {canFinish && asset.openRepair ? (
              <Button
                color="orange"
                leftSection={<IconTool size={18} />}
                onClick={() => {
                  setRepairId(asset.openRepair?.maintenanceId ?? null);
                  setDialog('finish');
                }}
              >
                {t('equipment.asset.finishRepair')}
              </Button>
            ) : null}
            {canRecord && asset.status === 'available' ? (
              <Button variant="light" leftSection={<IconTool size={18} />} onClick={() => setDialog('maintenance')}>
                {t('equipment.asset.recordMaintenance')}
              </Button>
            ) : null}
            <Button
              variant="default"
              leftSection={<IconTags size={18} />}
              loading={printLabels.isPending}
              onClick={() =>
                submitLabels([asset.id], {
                  onSuccess: (file) =>
                    notifications.show({
                      color: file ? 'teal' : 'gray',
                      autoClose: file ? 12_000 : 4_000,
                      message: file
                        ? t('equipment.assets.labelsSaved', { path: file.path })
                        : t('equipment.assets.labelsCancelled'),
                    }),
                  onError: (error) => notifications.show({ color: 'red', message: errorText(error) }),
                })
              }
            >
              {t('equipment.asset.printLabel')}
            </Button>
            {canEdit && !gone ? (
              <Button variant="default" leftSection={<IconPencil size={18} />} onClick={() => setDialog('edit')}>
                {t('common.edit')}
              </Button>
            ) : null}
            <AssetStatusActions asset={asset} />
          </>
        }
      />
      {asset.openLoan ? (
        <Alert color="blue" variant="light" title={t('equipment.asset.onLoan')}>
          {t('equipment.asset.onLoanText', {
            borrower: asset.openLoan.borrower,
            from: formatDate(asset.openLoan.checkedOutOn),
            due: formatDate(asset.openLoan.dueOn),
          })}{' '}
          <Anchor component={Link} to={`/loans/${asset.openLoan.loanId}`}>
            {t('equipment.asset.openLoan')}
          </Anchor>
        </Alert>
      ) : null}
      {asset.openRepair ? (
        <Alert color="orange" variant="light" title={t('equipment.asset.inRepair')}>
          {t('equipment.asset.inRepairText', {
            since: formatDate(asset.openRepair.reportedOn),
            problem: asset.openRepair.problem,
          })}
        </Alert>
      ) : null}
      {gone && asset.statusReason ? (
        <Alert
          color={asset.status === 'lost' ? 'red' : 'gray'}
          variant="light"
          title={t(`equipment.status.${asset.status}`)}
        >
          {t('equipment.asset.reason', { reason: asset.statusReason })}
        </Alert>
      ) : null}
      <Paper withBorder radius="lg" p="lg">
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" style={{ gridColumn: 'span 2' }}>
            <Fact label={t('equipment.field.category')}>{asset.categoryName}</Fact>
            <Fact label={t('equipment.field.room')}>{asset.roomName}</Fact>
            <Fact label={t('equipment.asset.brandModel')}>
              {[asset.brand, asset.model].filter(Boolean).join(' ') || t('common.none')}
            </Fact>
            <Fact label={t('equipment.field.serialNumber')}>{asset.serialNumber || t('common.none')}</Fact>
            <Fact label={t('equipment.field.size')}>{asset.size || t('common.none')}</Fact>
            <Fact label={t('equipment.field.material')}>{asset.material || t('common.none')}</Fact>
            <Fact label={t('equipment.field.source')}>{t(`equipment.source.${asset.source}`)}</Fact>
            <Fact label={t('equipment.field.grantReference')}>{asset.grantReference || t('common.none')}</Fact>
            <Fact label={t('equipment.field.acquiredOn')}>{formatDate(asset.acquiredOn)}</Fact>
            <Fact label={t('equipment.field.value')}>{formatRupiah(asset.valueRupiah)}</Fact>
            <Fact label={t('equipment.field.bookValue')}>{formatRupiah(asset.bookValueRupiah)}</Fact>
            <Fact label={t('equipment.field.usefulLifeYears')}>
              {t('equipment.asset.years', { count: asset.usefulLifeYears })}
            </Fact>
            {asset.notes ? <Fact label={t('equipment.field.notes')}>{asset.notes}</Fact> : null}
          </SimpleGrid>
          <Photo asset={asset} />
        </SimpleGrid>
      </Paper>
      <Tabs defaultValue="history" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="history">{t('equipment.asset.tabHistory')}</Tabs.Tab>
          <Tabs.Tab value="loans">{t('equipment.loans.nav')}</Tabs.Tab>
          <Tabs.Tab value="maintenance">{t('equipment.maintenance.title')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="history" pt="md">
          <AssetHistory assetId={asset.id} />
        </Tabs.Panel>
        <Tabs.Panel value="loans" pt="md">
          <LoansTable
            table={loansTable}
            emptyText={loans.isError ? errorText(loans.error) : t('equipment.asset.noLoans')}
          />
        </Tabs.Panel>
        <Tabs.Panel value="maintenance" pt="md">
          <MaintenanceTable
            records={maintenance.data ?? []}
            fetching={maintenance.isPending}
            emptyText={maintenance.isError ? errorText(maintenance.error) : t('equipment.asset.noMaintenance')}
          />
        </Tabs.Panel>
      </Tabs>
      <Modal
        opened={dialog === 'edit'}
        onClose={close}
        title={t('equipment.form.editTitle', { tag: asset.tag })}
        size="xl"
      >
        {dialog === 'edit' ? <AssetForm asset={asset} onDone={close} /> : null}
      </Modal>
      <Modal opened={dialog === 'maintenance'} onClose={close} title={t('equipment.asset.recordMaintenance')} size="lg">
        {dialog === 'maintenance' ? (
          <MaintenanceForm assetId={asset.id} condition={asset.condition} onDone={close} />
        ) : null}
      </Modal>
      <Modal opened={dialog === 'finish'} onClose={close} title={t('equipment.asset.finishRepair')} size="lg">
        {dialog === 'finish' && repairId !== null ? (
          <FinishRepairForm
            maintenanceId={repairId}
            condition={asset.condition}
            record={maintenance.data?.find((item) => item.id === repairId)}
            onDone={close}
          />
        ) : null}
      </Modal>
    </Stack>
  );
}

/** One asset: its facts, book value, photo, where it is now, and everything that happened to it. */
export function AssetPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const assetId = Number(id);
  const asset = useAsset(assetId);
  return (
    <Stack gap="sm">
      <Anchor component={Link} to="/equipment" size="sm">
        ← {t('equipment.asset.back')}
      </Anchor>
      <QueryState query={asset}>{(data) => <AssetView key={data.id} asset={data} />}</QueryState>
    </Stack>
  );
}
