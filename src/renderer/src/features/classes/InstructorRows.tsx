import { ActionIcon, Button, Group, Paper, Select, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Instructor } from '@shared/contract';
import { CLASS_INSTRUCTOR_ROLES, type ClassInstructorRole } from '@shared/domain';
import { certificateState } from '@shared/instructors';
import { todayIso } from '../../lib/dates';
import { CertificateBadge } from '../instructors/CertificateBadge';
import { CertificateProblems } from './CertificateProblems';
import { instructorWarnings, type ClassValues } from './classValues';

/** What the rows need to know of an instructor. */
export type InstructorOption = Pick<Instructor, 'id' | 'fullName' | 'competency' | 'methodology'>;

/** Today's state of both certificates, as on the instructors page. */
function CertificateStates({
  instructor,
  today,
  problems,
}: {
  instructor: InstructorOption;
  today: string;
  problems: readonly string[];
}) {
  const { t } = useTranslation();
  return (
    <Group gap="md" wrap="wrap">
      {/* A certificate with a problem for this class is told in red below, not as "Berlaku" here. */}
      {(['competency', 'methodology'] as const)
        .filter((kind) => !problems.includes(kind))
        .map((kind) => {
          const certificate = instructor[kind];
          const { state, daysLeft } = certificateState(certificate, today);
          return (
            <Group key={kind} gap={6} wrap="nowrap">
              <Text size="xs" c="dimmed">
                {t(`instructorCert.kind.${kind}`)}
              </Text>
              <CertificateBadge state={state} daysLeft={daysLeft} expiresOn={certificate?.expiresOn ?? null} />
            </Group>
          );
        })}
    </Group>
  );
}

/**
 * The class's instructors, one row each (instructor and role), with each one's certificates and a
 * warning when one is missing or lapses before the class's end date, computed before saving.
 */
export function InstructorRows({
  form,
  instructors,
  today = todayIso(),
}: {
  form: UseFormReturnType<ClassValues>;
  instructors: InstructorOption[];
  today?: string;
}) {
  const { t } = useTranslation();
  const { values } = form;
  const byId = new Map(instructors.map((instructor) => [String(instructor.id), instructor]));
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        {t('classes.instructors')}
      </Text>
      {values.instructors.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('classes.noInstructors')}
        </Text>
      ) : null}
      {values.instructors.map((row, index) => {
        const instructor = row.instructorId === null ? undefined : byId.get(row.instructorId);
        const warnings = instructorWarnings(instructor, values.endDate, today);
        const taken = new Set(values.instructors.filter((_, other) => other !== index).map((r) => r.instructorId));
        return (
          <Paper key={index} withBorder radius="md" p="sm" bg={warnings.length > 0 ? 'red.0' : undefined}>
            <Stack gap={6}>
              <Group gap="sm" align="flex-start" wrap="nowrap">
                <Select
                  label={t('classes.instructorN', { n: index + 1 })}
                  placeholder={t('classes.instructorPick')}
                  id={`class-instructor-${index}`}
                  searchable
                  selectFirstOptionOnChange
                  style={{ flex: 1 }}
                  data={instructors.map((option) => ({
                    value: String(option.id),
                    label: option.fullName,
                    disabled: taken.has(String(option.id)),
                  }))}
                  {...form.getInputProps(`instructors.${index}.instructorId`)}
                />
                <Select<ClassInstructorRole>
                  label={t('classes.instructorRole')}
                  allowDeselect={false}
                  w={200}
                  data={CLASS_INSTRUCTOR_ROLES.map((role) => ({
                    value: role,
                    label: t(`classInstructorRole.${role}`),
                  }))}
                  {...form.getInputProps(`instructors.${index}.role`)}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  mt={26}
                  aria-label={t('classes.instructorRemove', { n: index + 1 })}
                  onClick={() => form.removeListItem('instructors', index)}
                >
                  <IconTrash size={18} />
                </ActionIcon>
              </Group>
              {instructor ? (
                <CertificateStates
                  instructor={instructor}
                  today={today}
                  problems={warnings.map((warning) => warning.kind)}
                />
              ) : null}
              <CertificateProblems warnings={warnings} />
            </Stack>
          </Paper>
        );
      })}
      <Group>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={16} />}
          disabled={values.instructors.length >= 10}
          onClick={() => {
            const index = values.instructors.length;
            form.insertListItem('instructors', { instructorId: null, role: index === 0 ? 'lead' : 'assistant' });
            // Keyboard first: the new row's instructor field takes the focus.
            requestAnimationFrame(() => document.getElementById(`class-instructor-${index}`)?.focus());
          }}
        >
          {t('classes.instructorAdd')}
        </Button>
      </Group>
    </Stack>
  );
}
