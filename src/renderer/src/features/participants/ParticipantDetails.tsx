import { SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Participant } from '@shared/contract';
import { ageOn } from '@shared/nik';
import { todayIso, useFormatDate } from '../../lib/dates';

function Item({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={2}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text>{value || '—'}</Text>
    </Stack>
  );
}

/** The record as read: every field with its label, nothing editable. */
export function ParticipantDetails({ person }: { person: Participant }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const address = [person.street, person.village, person.district, person.regencyName].filter(Boolean).join(', ');
  const age = ageOn(person.birthDate, todayIso());
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="lg" verticalSpacing="md">
      <Item label={t('nik.label')} value={person.nik} />
      <Item label={t('participant.sex')} value={t(`sex.${person.sex}`)} />
      <Item
        label={`${t('participant.birthPlace')}, ${t('participant.birthDate')}`}
        value={`${person.birthPlace}, ${formatDate(person.birthDate)} (${t('participant.age', { age })})`}
      />
      <Item label={t('participant.sectionAddress')} value={address} />
      <Item label={t('participant.phone')} value={person.phone} />
      <Item label={t('participant.email')} value={person.email} />
      <Item label={t('participant.education')} value={t(`education.${person.education}`)} />
      <Item label={t('participant.activity')} value={t(`activity.${person.activity}`)} />
      <Item label={t('participant.disability')} value={person.disability} />
      {person.notes ? <Item label={t('participant.notes')} value={person.notes} /> : null}
    </SimpleGrid>
  );
}
