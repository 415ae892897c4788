import { Anchor, Button, Modal, Paper, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EquipmentCategory } from '@shared/contract';
import { useCan } from '../../app/session';
import { EditButton } from '../../components/EditButton';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useErrorText } from '../../lib/errors';
import { ActiveBadge } from '../places/ActiveBadge';
import { CategoryForm } from './CategoryForm';
import { useEquipmentCategories, useEquipmentSettings } from './queries';
import { TagPatternPanel } from './TagPatternPanel';

/** Kategori peralatan: codes for tags, useful life for the book value, the ministry's goods code. */
export function CategoriesPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const categories = useEquipmentCategories();
  const settings = useEquipmentSettings();
  const canEdit = useCan('equipmentCategories.create');
  // undefined: closed; null: a new category; a category: editing it.
  const [editing, setEditing] = useState<EquipmentCategory | null | undefined>(undefined);
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/equipment" size="sm">
        ← {t('equipment.asset.back')}
      </Anchor>
      <PageHeader
        title={t('equipment.categories.title')}
        subtitle={t('equipment.categories.subtitle')}
        actions={
          canEdit ? (
            <Button leftSection={<IconPlus size={18} />} onClick={() => setEditing(null)} autoFocus>
              {t('equipment.categories.create')}
            </Button>
          ) : null
        }
      />
      <Paper withBorder radius="lg" p="lg">
        <DataTable<EquipmentCategory>
          minHeight={160}
          striped
          verticalSpacing="sm"
          fetching={categories.isPending}
          records={categories.data ?? []}
          noRecordsText={
            categories.isError
              ? errorText(categories.error)
              : canEdit
                ? t('equipment.categories.emptyCreate')
                : t('equipment.categories.empty')
          }
          columns={[
            {
              accessor: 'code',
              title: t('equipment.categories.code'),
              render: (row) => (
                <Text ff="monospace" fw={700} size="sm">
                  {row.code}
                </Text>
              ),
            },
            {
              accessor: 'name',
              title: t('equipment.categories.name'),
              render: (row) => <Text fw={600}>{row.name}</Text>,
            },
            {
              accessor: 'usefulLifeYears',
              title: t('equipment.field.usefulLifeYears'),
              textAlign: 'right',
              render: (row) => t('equipment.asset.years', { count: row.usefulLifeYears }),
            },
            {
              accessor: 'goodsCode',
              title: t('equipment.categories.goodsCode'),
              render: (row) => row.goodsCode || t('common.none'),
            },
            { accessor: 'assetCount', title: t('equipment.categories.assetCount'), textAlign: 'right' },
            { accessor: 'active', title: t('places.status'), render: (row) => <ActiveBadge active={row.active} /> },
            ...(canEdit
              ? [
                  {
                    accessor: 'actions',
                    title: t('common.actions'),
                    render: (row: EquipmentCategory) => <EditButton name={row.name} onClick={() => setEditing(row)} />,
                  },
                ]
              : []),
          ]}
        />
      </Paper>
      <QueryState query={settings}>
        {(data) => <TagPatternPanel settings={data} exampleCode={categories.data?.[0]?.code ?? 'LAS'} />}
      </QueryState>
      <Modal
        opened={editing !== undefined}
        onClose={() => setEditing(undefined)}
        title={editing ? t('equipment.categories.editTitle') : t('equipment.categories.createTitle')}
        size="lg"
      >
        {editing !== undefined ? <CategoryForm category={editing} onDone={() => setEditing(undefined)} /> : null}
      </Modal>
    </Stack>
  );
}
