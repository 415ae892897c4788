import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Loan, LoanItem } from '@shared/contract';
import { useCan } from '../../app/session';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useFormatDate } from '../../lib/dates';
import { CheckInModal } from './CheckInModal';
import { LoanStateBadge } from './LoansTable';
import { useLoan } from './queries';
import { ReceiptButton } from './ReceiptButton';
import { ConditionBadge } from './StatusBadges';
import { Fact } from '../../components/Fact';

function LoanView({ loan }: { loan: Loan }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const canCheckIn = useCan('loans.checkIn');
  const [checkingIn, setCheckingIn] = useState(false);
  const anyReturned = loan.items.some((item) => item.returnedOn !== null);
  return (
    <Stack gap="lg">
      <PageHeader
        title={loan.borrower}
        subtitle={
          <Group gap="sm" component="span">
            <span>{t(`equipment.borrowerKind.${loan.borrowerKind}`)}</span>
            <LoanStateBadge loan={loan} />
          </Group>
        }
        actions={
          <>
            {canCheckIn && loan.openCount > 0 ? (
              <Button leftSection={<IconArrowBackUp size={18} />} onClick={() => setCheckingIn(true)} autoFocus>
                {t('equipment.checkIn.button')}
              </Button>
            ) : null}
            <ReceiptButton loanId={loan.id} kind="handover" variant="default" />
            {anyReturned ? <ReceiptButton loanId={loan.id} kind="return" variant="default" /> : null}
          </>
        }
      />
      <Paper withBorder radius="lg" p="lg">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <Fact label={t('equipment.checkOut.responsibleName')}>{loan.responsibleName}</Fact>
          <Fact label={t('equipment.loans.checkedOutOn')}>{formatDate(loan.checkedOutOn)}</Fact>
          <Fact label={t('equipment.loans.dueOn')}>
            <Text component="span" c={loan.daysOverdue > 0 ? 'red' : undefined} fw={loan.daysOverdue > 0 ? 700 : 500}>
              {formatDate(loan.dueOn)}
              {loan.daysOverdue > 0 ? ` · ${t('equipment.loans.overdueDays', { count: loan.daysOverdue })}` : ''}
            </Text>
          </Fact>
          <Fact label={t('equipment.checkOut.purpose')}>{loan.purpose || t('common.none')}</Fact>
          <Fact label={t('equipment.loans.operator')}>{loan.operatorName}</Fact>
        </SimpleGrid>
      </Paper>
      <Paper withBorder radius="lg" p="lg">
        <DataTable<LoanItem>
          idAccessor="assetId"
          striped
          verticalSpacing="sm"
          records={loan.items}
          columns={[
            {
              accessor: 'tag',
              title: t('equipment.field.tag'),
              render: (item) => (
                <Anchor component={Link} to={`/equipment/assets/${item.assetId}`} ff="monospace" fw={700} size="sm">
                  {item.tag}
                </Anchor>
              ),
            },
            { accessor: 'name', title: t('equipment.field.name') },
            {
              accessor: 'conditionOut',
              title: t('equipment.checkIn.conditionOut'),
              render: (item) => <ConditionBadge condition={item.conditionOut} />,
            },
            {
              accessor: 'returnedOn',
              title: t('equipment.checkIn.returnedOn'),
              render: (item) => (item.returnedOn ? formatDate(item.returnedOn) : t('equipment.loans.state.open')),
            },
            {
              accessor: 'conditionIn',
              title: t('equipment.checkIn.condition'),
              render: (item) => (item.conditionIn ? <ConditionBadge condition={item.conditionIn} /> : t('common.none')),
            },
            {
              accessor: 'damageNote',
              title: t('equipment.checkIn.damageNote'),
              render: (item) => item.damageNote || t('common.none'),
            },
          ]}
        />
      </Paper>
      <CheckInModal loan={loan} opened={checkingIn} onClose={() => setCheckingIn(false)} />
    </Stack>
  );
}

/** One loan: who has what since when, what came back in which condition, and its receipts. */
export function LoanPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const loan = useLoan(Number(id));
  return (
    <Stack gap="sm">
      <Anchor component={Link} to="/loans" size="sm">
        ← {t('equipment.loans.back')}
      </Anchor>
      <QueryState query={loan}>{(data) => <LoanView key={data.id} loan={data} />}</QueryState>
    </Stack>
  );
}
