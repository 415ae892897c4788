import { Badge, Button, Group, Modal, Paper, Stack, Text } from '@mantine/core';
import { IconChevronDown, IconChevronRight, IconCopy, IconPlus } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Program } from '@shared/contract';
import { useCan } from '../../app/session';
import { PageHeader } from '../../components/PageHeader';
import { useErrorText } from '../../lib/errors';
import { ProgramEquipmentButton } from '../equipment/ProgramEquipmentEditor';
import { useRegencyNames } from '../regions/queries';
import { CopyProgramForm } from './CopyProgramForm';
import { ProgramForm } from './ProgramForm';
import { usePrograms } from './queries';
import { UnitsList } from './UnitsList';
import { EditButton } from '../../components/EditButton';

/** The rules in a few short badges, so the list says who may join without opening each programme. */
function ruleBadges(t: TFunction, program: Program, regencyNames: ReadonlyMap<string, string>): string[] {
  const { rules } = program;
  const badges: string[] = [];
  if (rules.minAge !== null && rules.maxAge !== null)
    badges.push(t('programs.ageRange', { min: rules.minAge, max: rules.maxAge }));
  else if (rules.minAge !== null) badges.push(t('programs.ageMin', { min: rules.minAge }));
  else if (rules.maxAge !== null) badges.push(t('programs.ageMax', { max: rules.maxAge }));
  if (rules.minEducation) badges.push(t('programs.educationMin', { education: t(`education.${rules.minEducation}`) }));
  if (rules.domicileRegencyCode) badges.push(regencyNames.get(rules.domicileRegencyCode) ?? rules.domicileRegencyCode);
  if (rules.notInSchool) badges.push(t('ruleName.not_in_school'));
  if (rules.notWorking) badges.push(t('ruleName.not_working'));
  if (rules.noOverlap) badges.push(t('ruleName.no_overlap'));
  if (rules.oncePerYear) badges.push(t('ruleName.once_per_year'));
  return badges;
}

export function ProgramsPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const regencyNames = useRegencyNames();
  const programs = usePrograms();
  const canEdit = useCan('programs.create');
  // undefined: closed; null: a new programme; a Program: editing it.
  const [editing, setEditing] = useState<Program | null | undefined>(undefined);
  const [copying, setCopying] = useState<Program | null>(null);
  const [expanded, setExpanded] = useState<number[]>([]);
  const toggle = (id: number) =>
    setExpanded((open) => (open.includes(id) ? open.filter((other) => other !== id) : [...open, id]));
  return (
    <Stack gap="md">
      <PageHeader
        title={t('programs.title')}
        actions={
          canEdit ? (
            <Button leftSection={<IconPlus size={18} />} onClick={() => setEditing(null)} autoFocus data-autofocus>
              {t('programs.create')}
            </Button>
          ) : null
        }
      />
      <Paper withBorder radius="lg" p="lg">
        <DataTable<Program>
          minHeight={160}
          striped
          verticalSpacing="sm"
          fetching={programs.isPending}
          records={programs.data ?? []}
          rowExpansion={{
            trigger: 'never',
            allowMultiple: true,
            expanded: { recordIds: expanded, onRecordIdsChange: (ids: unknown[]) => setExpanded(ids as number[]) },
            content: ({ record }) => <UnitsList program={record} />,
          }}
          noRecordsText={programs.isError ? errorText(programs.error) : t('programs.empty')}
          columns={[
            { accessor: 'code', title: t('programs.code'), render: (row) => <Text fw={600}>{row.code}</Text> },
            { accessor: 'name', title: t('programs.name') },
            { accessor: 'trade', title: t('programs.trade') },
            {
              accessor: 'totalJp',
              title: 'JP',
              noWrap: true,
              render: (row) => t('programs.jp', { count: row.totalJp }),
            },
            {
              accessor: 'units',
              title: t('units.title'),
              noWrap: true,
              render: (row) => {
                const open = expanded.includes(row.id);
                return (
                  <Button
                    size="xs"
                    variant="subtle"
                    color="gray"
                    disabled={row.units.length === 0}
                    leftSection={open ? <IconChevronDown size={14} /> : <IconChevronRight size={14} />}
                    aria-expanded={open}
                    aria-label={t('units.toggleOf', { name: row.name, count: row.units.length })}
                    onClick={() => toggle(row.id)}
                  >
                    {t('units.count', { count: row.units.length })}
                  </Button>
                );
              },
            },
            { accessor: 'classCount', title: t('programs.colClasses'), textAlign: 'right' },
            {
              accessor: 'rules',
              title: t('programs.colRules'),
              render: (row) => (
                <Group gap={4}>
                  {ruleBadges(t, row, regencyNames).map((badge) => (
                    <Badge key={badge} variant="outline" color="gray">
                      {badge}
                    </Badge>
                  ))}
                </Group>
              ),
            },
            ...(canEdit
              ? [
                  {
                    accessor: 'actions',
                    title: t('common.actions'),
                    noWrap: true,
                    render: (row: Program) => (
                      <Group gap={4} wrap="nowrap">
                        <EditButton name={row.name} onClick={() => setEditing(row)} />
                        <Button
                          size="xs"
                          variant="subtle"
                          leftSection={<IconCopy size={14} />}
                          onClick={() => setCopying(row)}
                          aria-label={`${t('programs.copy')} ${row.name}`}
                        >
                          {t('programs.copy')}
                        </Button>
                        <ProgramEquipmentButton program={row} />
                      </Group>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Paper>
      <Modal
        opened={editing !== undefined}
        onClose={() => setEditing(undefined)}
        title={editing ? t('programs.editTitle') : t('programs.createTitle')}
        size={1040}
      >
        {editing !== undefined ? <ProgramForm program={editing} onDone={() => setEditing(undefined)} /> : null}
      </Modal>
      <Modal opened={copying !== null} onClose={() => setCopying(null)} title={t('programs.copyTitle')} size="md">
        {copying ? (
          <CopyProgramForm
            source={copying}
            onDone={(copy) => {
              setCopying(null);
              // The copy opens at once: a new intake usually changes a unit or a rule.
              if (copy) setEditing(copy);
            }}
          />
        ) : null}
      </Modal>
    </Stack>
  );
}
