import { Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClassSummary, Enrolment } from '@shared/contract';
import { useSession } from '../../app/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { QueryState } from '../../components/QueryState';
import { useSingleFlight } from '../../lib/forms';
import { useRegencyNames } from '../regions/queries';
import { EligibilityPanel } from './EligibilityPanel';
import { canEnrol, overridesInput, type OverrideState } from './overrides';
import { useEligibility, useEnroll } from './queries';

interface Props {
  person: { id: number; fullName: string };
  klass: ClassSummary;
  onEnrolled: (enrolment: Enrolment, klass: ClassSummary) => void;
}

/** The chosen class: rules and seats for this person, overrides (admin only), and the confirm button. */
export function EnrolConfirm({ person, klass, onEnrolled }: Props) {
  const { t } = useTranslation();
  const session = useSession();
  const regencyNames = useRegencyNames();
  const check = useEligibility(person.id, klass.id);
  const enroll = useEnroll();
  const submit = useSingleFlight(enroll);
  const [overrides, setOverrides] = useState<OverrideState>({});
  // Main accepts overrides from an admin only; other roles see the verdict without the switch.
  const canOverride = session.role === 'admin';

  return (
    <QueryState query={check}>
      {(report) => (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (!canEnrol(report, overrides)) return;
            submit(
              { participantId: person.id, classId: klass.id, overrides: overridesInput(report, overrides) },
              { onSuccess: (enrolment) => onEnrolled(enrolment, klass) },
            );
          }}
        >
          <Stack gap="md">
            <EligibilityPanel
              report={report}
              reserveRank={klass.reserveCount + 1}
              canOverride={canOverride}
              overrides={overrides}
              onOverridesChange={setOverrides}
              regencyNames={regencyNames}
            />
            <ErrorAlert error={enroll.error} />
            <Group>
              <Button
                type="submit"
                size="md"
                color={report.wouldBeReserve ? 'yellow.8' : undefined}
                disabled={!canEnrol(report, overrides)}
                loading={enroll.isPending}
              >
                {report.wouldBeReserve ? t('enrol.confirmReserve') : t('enrol.confirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </QueryState>
  );
}
