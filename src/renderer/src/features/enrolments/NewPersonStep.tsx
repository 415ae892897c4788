import { Button, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { isApiError } from '../../lib/api';
import { useErrorText } from '../../lib/errors';
import { showServerFieldErrors, useSingleFlight } from '../../lib/forms';
import { PersonForm } from '../participants/PersonForm';
import { emptyPerson } from '../participants/personValues';
import { useCreateParticipant } from '../participants/queries';
import type { PersonRef } from './ClassStep';

/** Step 2: the new person's record; a NIK that turns out to exist opens that person instead. */
export function NewPersonStep({
  nik,
  onBack,
  onSaved,
}: {
  nik: string;
  onBack: () => void;
  onSaved: (person: PersonRef) => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const create = useCreateParticipant();
  const submit = useSingleFlight(create);
  return (
    <Stack gap="md">
      <Text>{t('enrol.personIntro')}</Text>
      <PersonForm
        initialValues={emptyPerson(nik)}
        prefillFromNik
        submitLabel={t('enrol.savePerson')}
        pending={create.isPending}
        footer={<ErrorAlert error={create.error} fieldsShown />}
        secondaryAction={
          <Button variant="default" size="md" onClick={onBack}>
            {t('common.back')}
          </Button>
        }
        onSubmit={(input, form) =>
          submit(input, {
            onSuccess: (person) => {
              notifications.show({ color: 'teal', message: t('enrol.personSaved', { fullName: person.fullName }) });
              onSaved({ id: person.id, fullName: person.fullName });
            },
            onError: (error) => {
              // Someone registered this NIK meanwhile (another desk): open that record, never a second one.
              if (isApiError(error, 'NIK_EXISTS') && typeof error.params['id'] === 'number') {
                notifications.show({ color: 'blue', message: errorText(error) });
                void navigate(`/participants/${error.params['id']}`);
                return;
              }
              showServerFieldErrors(form, error);
            },
          })
        }
      />
    </Stack>
  );
}
