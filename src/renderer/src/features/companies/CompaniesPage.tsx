import { Anchor, Badge, Button, Group, Paper, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Company } from '@shared/contract';
import { PARTNERSHIP_KINDS, type PartnershipKind } from '@shared/graduates';
import { useCan } from '../../app/session';
import { EditButton } from '../../components/EditButton';
import { PageHeader } from '../../components/PageHeader';
import { usePagedTable } from '../../components/pagedTable';
import { useErrorText } from '../../lib/errors';
import { CompanyModal } from './CompanyForm';
import { PartnershipBadges } from './PartnershipBadges';
import { useCompanies } from './queries';

const PAGE_SIZE = 25;

/** Mitra Industri: the companies the BLK works with, what they do with it, and how many it placed there. */
export function CompaniesPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const canEdit = useCan('companies.create');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const [partnership, setPartnership] = useState<PartnershipKind | null>(null);
  const [activeOnly, setActiveOnly] = useState(false);
  const [page, setPage] = useState(1);
  // undefined: closed; null: a new company; a Company: editing it.
  const [editing, setEditing] = useState<Company | null | undefined>(undefined);
  const companies = useCompanies({ search: debounced.trim(), partnership, activeOnly, page, pageSize: PAGE_SIZE });
  const table = usePagedTable(companies, { page, onPageChange: setPage, pageSize: PAGE_SIZE });
  const narrowed = debounced.trim() !== '' || partnership !== null || activeOnly;
  const emptyText = companies.isError
    ? errorText(companies.error)
    : narrowed
      ? t('graduates.companies.emptyFiltered')
      : canEdit
        ? t('graduates.companies.emptyCreate')
        : t('graduates.companies.empty');
  const narrow = (apply: () => void) => {
    apply();
    setPage(1);
  };

  return (
    <Stack gap="md">
      <PageHeader
        title={t('graduates.companies.title')}
        subtitle={t('graduates.companies.subtitle')}
        actions={
          canEdit ? (
            <Button leftSection={<IconPlus size={18} />} onClick={() => setEditing(null)}>
              {t('graduates.companies.create')}
            </Button>
          ) : null
        }
      />
      <Paper withBorder radius="lg" p="lg">
        <Stack gap="sm">
          <Group align="flex-end">
            <TextInput
              label={t('graduates.companies.search')}
              placeholder={t('graduates.companies.searchHint')}
              leftSection={<IconSearch size={16} />}
              value={search}
              onChange={(event) => {
                const text = event.currentTarget.value;
                narrow(() => setSearch(text));
              }}
              autoFocus
              data-autofocus
              style={{ flex: 1, maxWidth: 420 }}
            />
            <Select
              label={t('graduates.companies.partnership')}
              placeholder={t('graduates.companies.allPartnerships')}
              clearable
              value={partnership}
              onChange={(value) => narrow(() => setPartnership(value as PartnershipKind | null))}
              data={PARTNERSHIP_KINDS.map((kind) => ({ value: kind, label: t(`graduates.partnership.${kind}`) }))}
              w={300}
            />
            <Switch
              label={t('graduates.companies.activeOnly')}
              checked={activeOnly}
              onChange={(event) => {
                const checked = event.currentTarget.checked;
                narrow(() => setActiveOnly(checked));
              }}
              mb={8}
            />
          </Group>
          <DataTable<Company>
            {...table}
            noRecordsText={emptyText}
            columns={[
              {
                accessor: 'name',
                title: t('graduates.companies.name'),
                render: (row) => (
                  <Stack gap={0}>
                    <Group gap="xs">
                      <Anchor
                        component={Link}
                        to={`/companies/${row.id}`}
                        fw={600}
                        size="sm"
                        c={row.active ? undefined : 'dimmed'}
                      >
                        {row.name}
                      </Anchor>
                      {row.active ? null : (
                        <Badge size="xs" color="gray" variant="outline">
                          {t('graduates.companies.inactive')}
                        </Badge>
                      )}
                    </Group>
                    <Text size="xs" c="dimmed">
                      {t(`graduates.sector.${row.sector}`)}
                    </Text>
                  </Stack>
                ),
              },
              {
                accessor: 'contactName',
                title: t('graduates.companies.contact'),
                render: (row) =>
                  row.contactName || row.phone ? (
                    <Stack gap={0}>
                      <Text size="sm">{row.contactName || t('common.none')}</Text>
                      <Text size="xs" c="dimmed" ff="monospace">
                        {row.phone}
                      </Text>
                    </Stack>
                  ) : (
                    t('common.none')
                  ),
              },
              {
                accessor: 'partnerships',
                title: t('graduates.companies.partnerships'),
                render: (row) => <PartnershipBadges kinds={row.partnerships} />,
              },
              {
                accessor: 'placementCount',
                title: t('graduates.companies.placementCount'),
                textAlign: 'right',
                noWrap: true,
                render: (row) => (
                  <Text size="sm" fw={row.placementCount > 0 ? 700 : undefined}>
                    {row.placementCount}
                  </Text>
                ),
              },
              ...(canEdit
                ? [
                    {
                      accessor: 'actions',
                      title: t('common.actions'),
                      noWrap: true,
                      render: (row: Company) => <EditButton name={row.name} onClick={() => setEditing(row)} />,
                    },
                  ]
                : []),
            ]}
          />
        </Stack>
      </Paper>
      <CompanyModal company={editing} onClose={() => setEditing(undefined)} />
    </Stack>
  );
}
