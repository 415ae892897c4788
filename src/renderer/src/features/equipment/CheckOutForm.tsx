import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { checkOutInput, type AssetRow, type Loan } from '@shared/contract';
import { ASSET_TAG } from '@shared/equipment';
import { DateField } from '../../components/DateField';
import { FormActions } from '../../components/FormActions';
import { PageHeader } from '../../components/PageHeader';
import { useErrorText } from '../../lib/errors';
import { parseInput, showServerFieldErrors, useAppForm, useSingleFlight } from '../../lib/forms';
import { callOptions } from '../../lib/query';
import { BorrowerFields } from './BorrowerFields';
import { checkOutCandidate, emptyCheckOut, refusal, type CheckOutValues } from './checkOutValues';
import { useCheckOut, useLookupTag } from './queries';
import { ReceiptButton } from './ReceiptButton';
import { ScannedAssets } from './ScannedAssets';
import { TagScanField } from './TagScanField';

/**
 * Peminjaman baru: scan the labels (the scan field has the focus), say who takes them and until
 * when, save. An asset that is not on the shelf is refused at the scan, with the reason.
 */
export function CheckOutForm({
  initialAsset = null,
  onDone,
  onCancel,
}: {
  initialAsset?: AssetRow | null;
  onDone: (loan: Loan) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const checkOut = useCheckOut();
  const submit = useSingleFlight(checkOut);
  const lookup = useLookupTag();
  const [assets, setAssets] = useState<AssetRow[]>([]);
  const [scanError, setScanError] = useState<string | null>(null);
  const form = useAppForm<CheckOutValues>({ initialValues: emptyCheckOut() });
  const seeded = useRef(false);

  const add = (row: AssetRow): boolean => {
    const why = refusal(row, assets);
    if (why === 'duplicate') {
      setScanError(t('equipment.checkOut.alreadyListed', { tag: row.tag }));
      return false;
    }
    if (why === 'not_available') {
      setScanError(t('equipment.checkOut.notAvailable', { tag: row.tag, status: t(`equipment.status.${row.status}`) }));
      return false;
    }
    setAssets((list) => [row, ...list]);
    setScanError(null);
    form.clearFieldError('assetIds');
    return true;
  };

  useEffect(() => {
    if (!initialAsset || seeded.current) return;
    seeded.current = true;
    add(initialAsset);
    // Only the asset the page was opened with, once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [initialAsset]);

  const onTag = async (tag: string) => {
    if (!ASSET_TAG.test(tag)) return setScanError(t('fieldErrors.asset_tag_format'));
    try {
      add(await lookup.mutateAsync(tag));
    } catch (error) {
      setScanError(errorText(error));
    }
  };

  const onSubmit = form.onSubmit((values) => {
    const parsed = parseInput(checkOutInput, checkOutCandidate(values, assets));
    if (!parsed.ok) return form.setErrors(parsed.errors);
    submit(parsed.data, {
      onSuccess: (loan) => {
        notifications.show({
          color: 'teal',
          message: t('equipment.checkOut.saved', { count: loan.itemCount, borrower: loan.borrower }),
        });
        onDone(loan);
      },
      onError: (error) => showServerFieldErrors(form, error),
    });
  });

  const assetsError = form.errors['assetIds'];
  const assetsErrorText = (key: unknown) =>
    key === 'required'
      ? t('equipment.checkOut.assetsRequired')
      : typeof key === 'string'
        ? t(`fieldErrors.${key}`)
        : undefined;
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="lg">
        <Paper withBorder radius="lg" p="lg">
          <Stack gap="sm">
            <Title order={2} fz="lg">
              {t('equipment.checkOut.assetsTitle', { count: assets.length })}
            </Title>
            <TagScanField
              label={t('equipment.checkOut.scan')}
              description={t('equipment.checkOut.scanHint')}
              onTag={onTag}
              error={scanError ?? assetsErrorText(assetsError)}
              autoFocus
              data-autofocus
            />
            <ScannedAssets
              assets={assets}
              onRemove={(id) => setAssets((list) => list.filter((asset) => asset.id !== id))}
            />
          </Stack>
        </Paper>
        <Paper withBorder radius="lg" p="lg">
          <Stack gap="md">
            <BorrowerFields form={form} />
            <TextInput
              label={t('equipment.checkOut.responsibleName')}
              description={t('equipment.checkOut.responsibleHint')}
              withAsterisk
              {...form.getInputProps('responsibleName')}
            />
            <Textarea label={t('equipment.checkOut.purpose')} autosize minRows={1} {...form.getInputProps('purpose')} />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <DateField
                label={t('equipment.loans.checkedOutOn')}
                withAsterisk
                {...form.getInputProps('checkedOutOn')}
              />
              <DateField label={t('equipment.loans.dueOn')} withAsterisk {...form.getInputProps('dueOn')} />
            </SimpleGrid>
            <FormActions error={checkOut.error} pending={checkOut.isPending} onCancel={onCancel} />
          </Stack>
        </Paper>
      </Stack>
    </form>
  );
}

function CheckedOut({ loan, onAnother }: { loan: Loan; onAnother: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="teal" variant="light" icon={<IconCheck size={20} />} title={t('equipment.checkOut.doneTitle')}>
      <Stack gap="sm">
        <Text>{t('equipment.checkOut.saved', { count: loan.itemCount, borrower: loan.borrower })}</Text>
        <Group gap="sm">
          <ReceiptButton loanId={loan.id} kind="handover" autoFocus />
          <Button variant="default" component={Link} to={`/loans/${loan.id}`}>
            {t('equipment.checkOut.openLoan')}
          </Button>
          <Button variant="subtle" onClick={onAnother}>
            {t('equipment.checkOut.another')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

/** /loans/new, optionally ?asset=ID (from an asset's "Pinjamkan"). */
export function CheckOutPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const assetId = Number(params.get('asset'));
  const initial = useQuery({
    ...callOptions('assets.get', { id: assetId }),
    enabled: Number.isInteger(assetId) && assetId > 0,
  });
  const [done, setDone] = useState<Loan | null>(null);
  const [round, setRound] = useState(0);
  const waiting = Number.isInteger(assetId) && assetId > 0 && initial.isPending;
  return (
    <Stack gap="md">
      <PageHeader title={t('equipment.checkOut.title')} subtitle={t('equipment.checkOut.subtitle')} />
      {done ? (
        <CheckedOut
          loan={done}
          onAnother={() => {
            setDone(null);
            setRound((value) => value + 1);
            if (params.get('asset')) void navigate('/loans/new', { replace: true });
          }}
        />
      ) : waiting ? null : (
        <CheckOutForm
          key={round}
          initialAsset={round === 0 ? (initial.data ?? null) : null}
          onDone={setDone}
          onCancel={() => void navigate(-1)}
        />
      )}
    </Stack>
  );
}
