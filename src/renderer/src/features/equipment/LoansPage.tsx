import { Button, Paper, Stack, Tabs } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { InputOf } from '@shared/contract';
import { useCan } from '../../app/session';
import { PageHeader } from '../../components/PageHeader';
import { useErrorText } from '../../lib/errors';
import { usePagedTable } from '../../components/pagedTable';
import { LoansTable } from './LoansTable';
import { useLoans } from './queries';

type LoanState = NonNullable<InputOf<'loans.list'>['state']>;
const STATES: readonly LoanState[] = ['open', 'overdue', 'all'];
const PAGE_SIZE = 25;

function LoansTab({ state }: { state: LoanState }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const canCheckOut = useCan('loans.checkOut');
  const [page, setPage] = useState(1);
  const loans = useLoans({ state, assetId: null, page, pageSize: PAGE_SIZE });
  const table = usePagedTable(loans, { page, onPageChange: setPage, pageSize: PAGE_SIZE });
  const empty =
    state === 'overdue'
      ? t('equipment.loans.emptyOverdue')
      : canCheckOut
        ? t('equipment.loans.emptyCreate')
        : t('equipment.loans.empty');
  return <LoansTable table={table} emptyText={loans.isError ? errorText(loans.error) : empty} />;
}

/** Peminjaman: what is out (Dipinjam), what is late (Terlambat), and every loan (Semua). */
export function LoansPage() {
  const { t } = useTranslation();
  const canCheckOut = useCan('loans.checkOut');
  const [tab, setTab] = useState<LoanState>('open');
  // One row is enough to learn the count for the tab.
  const overdue = useLoans({ state: 'overdue', assetId: null, page: 1, pageSize: 1 });
  const overdueCount = overdue.data?.total ?? 0;
  return (
    <Stack gap="md">
      <PageHeader
        title={t('equipment.loans.title')}
        subtitle={t('equipment.loans.subtitle')}
        actions={
          canCheckOut ? (
            <Button component={Link} to="/loans/new" leftSection={<IconPlus size={18} />} autoFocus>
              {t('equipment.loans.create')}
            </Button>
          ) : null
        }
      />
      <Paper withBorder radius="lg" p="lg">
        <Tabs value={tab} onChange={(value) => setTab((value as LoanState | null) ?? 'open')} keepMounted={false}>
          <Tabs.List mb="md">
            {STATES.map((state) => (
              <Tabs.Tab key={state} value={state} c={state === 'overdue' && overdueCount > 0 ? 'red' : undefined}>
                {t(`equipment.loans.tab.${state}`)}
                {state === 'overdue' && overdueCount > 0 ? ` (${overdueCount})` : ''}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {STATES.map((state) => (
            <Tabs.Panel key={state} value={state}>
              <LoansTab state={state} />
            </Tabs.Panel>
          ))}
        </Tabs>
      </Paper>
    </Stack>
  );
}
