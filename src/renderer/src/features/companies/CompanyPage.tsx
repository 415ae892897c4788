import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Company, CompanyPlacement } from '@shared/contract';
import { useCan } from '../../app/session';
import { Fact } from '../../components/Fact';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { CompanyModal } from './CompanyForm';
import { PartnershipBadges } from './PartnershipBadges';
import { useCompany } from './queries';
import { ClassCell, usePlacementJobColumns } from '../graduates/columns';

function CompanyView({ company }: { company: Company & { placements: CompanyPlacement[] } }) {
  const { t } = useTranslation();
  const canEdit = useCan('companies.update');
  const jobColumns = usePlacementJobColumns<CompanyPlacement>();
  const [editing, setEditing] = useState<Company | undefined>(undefined);
  return (
    <Stack gap="lg">
      <PageHeader
        title={company.name}
        subtitle={
          <Group gap="sm">
            <Text span c="dimmed">
              {t(`graduates.sector.${company.sector}`)}
            </Text>
            {company.active ? null : (
              <Badge color="gray" variant="outline">
                {t('graduates.companies.inactive')}
              </Badge>
            )}
          </Group>
        }
        actions={
          canEdit ? (
            <Button leftSection={<IconPencil size={18} />} onClick={() => setEditing(company)} autoFocus>
              {t('common.edit')}
            </Button>
          ) : null
        }
      />
      <Paper withBorder radius="lg" p="lg">
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <Fact label={t('graduates.companies.contactName')}>{company.contactName || t('common.none')}</Fact>
            <Fact label={t('graduates.companies.phone')}>{company.phone || t('common.none')}</Fact>
            <Fact label={t('graduates.companies.email')}>{company.email || t('common.none')}</Fact>
            <Fact label={t('graduates.companies.address')}>{company.address || t('common.none')}</Fact>
            <Fact label={t('graduates.companies.placementCount')}>{company.placementCount}</Fact>
          </SimpleGrid>
          <Fact label={t('graduates.companies.partnerships')}>
            <PartnershipBadges kinds={company.partnerships} />
          </Fact>
          {company.notes ? <Fact label={t('graduates.form.notes')}>{company.notes}</Fact> : null}
        </Stack>
      </Paper>
      <Paper withBorder radius="lg" p="lg">
        <Title order={2} fz={20} mb="md">
          {t('graduates.companies.placementsTitle')}
        </Title>
        <DataTable<CompanyPlacement>
          striped
          verticalSpacing="sm"
          minHeight={company.placements.length === 0 ? 120 : undefined}
          records={company.placements}
          noRecordsText={t('graduates.companies.noPlacements')}
          columns={[
            {
              accessor: 'fullName',
              title: t('graduates.field.name'),
              render: (row) => (
                <Anchor component={Link} to={`/graduates/${row.enrolmentId}`} fw={600} size="sm">
                  {row.fullName}
                </Anchor>
              ),
            },
            {
              accessor: 'className',
              title: t('graduates.field.class'),
              render: (row) => <ClassCell className={row.className} programName={row.programName} />,
            },
            ...jobColumns,
          ]}
        />
      </Paper>
      <CompanyModal company={editing} onClose={() => setEditing(undefined)} />
    </Stack>
  );
}

/** One partner company: who to call, what it does with the BLK, and the graduates placed there. */
export function CompanyPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const company = useCompany(Number(id));
  return (
    <Stack gap="sm">
      <Anchor component={Link} to="/companies" size="sm">
        ← {t('graduates.companies.back')}
      </Anchor>
      <QueryState query={company}>{(data) => <CompanyView key={data.id} company={data} />}</QueryState>
    </Stack>
  );
}
