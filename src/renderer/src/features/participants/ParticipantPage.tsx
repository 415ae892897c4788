import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconPencil, IconSchool } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { Participant, ParticipantEnrolment } from '@shared/contract';
import { useCan } from '../../app/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useFormatDate } from '../../lib/dates';
import { showServerFieldErrors, useSingleFlight } from '../../lib/forms';
import { ParticipantDetails } from './ParticipantDetails';
import { ParticipantEnrolments } from './ParticipantEnrolments';
import { PersonForm } from './PersonForm';
import { personFromParticipant } from './personValues';
import { useParticipant, useUpdateParticipant } from './queries';

function EditPerson({ person, onDone }: { person: Participant; onDone: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateParticipant();
  const submit = useSingleFlight(update);
  return (
    <PersonForm
      initialValues={personFromParticipant(person)}
      prefillFromNik={false}
      submitLabel={t('participant.saveChanges')}
      pending={update.isPending}
      footer={<ErrorAlert error={update.error} fieldsShown />}
      secondaryAction={
        <Button variant="default" size="md" onClick={onDone}>
          {t('common.cancel')}
        </Button>
      }
      onSubmit={(input, form) =>
        submit(
          { ...input, id: person.id },
          {
            onSuccess: () => {
              notifications.show({ color: 'teal', message: t('participant.saved') });
              onDone();
            },
            onError: (error) => showServerFieldErrors(form, error),
          },
        )
      }
    />
  );
}

function PersonView({ person }: { person: Participant & { enrolments: ParticipantEnrolment[] } }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const canEdit = useCan('participants.update');
  const canEnrol = useCan('enrolments.enroll');
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);
  return (
    <Stack gap="lg">
      <PageHeader
        title={person.fullName}
        subtitle={t('participant.registeredOn', { date: formatDate(person.createdAt) })}
        actions={
          <>
            {canEdit && !editing ? (
              <Button variant="light" leftSection={<IconPencil size={18} />} onClick={() => setEditing(true)}>
                {t('participant.editTitle')}
              </Button>
            ) : null}
            {canEnrol ? (
              // A real button, not a link: only buttons and inputs take autoFocus, and Enter should enrol.
              <Button
                onClick={() => void navigate(`/enrol/${person.id}`)}
                leftSection={<IconSchool size={18} />}
                autoFocus
                data-autofocus
              >
                {t('participant.enrolToClass')}
              </Button>
            ) : null}
          </>
        }
      />
      <Paper withBorder radius="lg" p="lg">
        <Title order={2} fz={20} mb="md">
          {editing ? t('participant.editTitle') : t('participant.details')}
        </Title>
        {editing ? (
          <EditPerson person={person} onDone={() => setEditing(false)} />
        ) : (
          <ParticipantDetails person={person} />
        )}
      </Paper>
      <Paper withBorder radius="lg" p="lg">
        <Title order={2} fz={20} mb="md">
          {t('participant.enrolments')}
        </Title>
        <ParticipantEnrolments enrolments={person.enrolments} />
      </Paper>
    </Stack>
  );
}

export function ParticipantPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const person = useParticipant(id);
  return (
    <Stack gap="md">
      <Group>
        <Anchor component={Link} to="/participants" size="sm">
          <Group gap={4}>
            <IconArrowLeft size={16} />
            <Text span size="sm">
              {t('participants.title')}
            </Text>
          </Group>
        </Anchor>
      </Group>
      <QueryState query={person}>{(data) => <PersonView person={data} />}</QueryState>
    </Stack>
  );
}
