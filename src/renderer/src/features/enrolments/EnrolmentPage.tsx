import { Paper, Stepper } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ClassSummary, Enrolment } from '@shared/contract';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useParticipant } from '../participants/queries';
import { ClassStep, type PersonRef } from './ClassStep';
import { EnrolResult } from './EnrolResult';
import { NikStep } from './NikStep';
import { NewPersonStep } from './NewPersonStep';

type Step =
  | { kind: 'nik'; nik: string }
  | { kind: 'person'; nik: string }
  | { kind: 'class'; person: PersonRef }
  | { kind: 'done'; person: PersonRef; enrolment: Enrolment; klass: ClassSummary };

// 'done' is past the last step, so the stepper shows all four as completed.
const STEP_INDEX: Record<Step['kind'], number> = { nik: 0, person: 1, class: 2, done: 4 };

function Flow({ start, restart }: { start: Step; restart: () => void }) {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>(start);
  return (
    <>
      <Stepper active={STEP_INDEX[step.kind]} size="sm" mb="xl">
        <Stepper.Step label={t('enrol.stepNik')} />
        <Stepper.Step label={t('enrol.stepPerson')} />
        <Stepper.Step label={t('enrol.stepClass')} />
        <Stepper.Step label={t('enrol.stepDone')} />
      </Stepper>
      <Paper withBorder radius="lg" p="xl">
        {step.kind === 'nik' ? (
          <NikStep initialNik={step.nik} onNewPerson={(nik) => setStep({ kind: 'person', nik })} />
        ) : null}
        {step.kind === 'person' ? (
          <NewPersonStep
            nik={step.nik}
            onBack={() => setStep({ kind: 'nik', nik: step.nik })}
            onSaved={(person) => setStep({ kind: 'class', person })}
          />
        ) : null}
        {step.kind === 'class' ? (
          <ClassStep
            person={step.person}
            onEnrolled={(enrolment, klass) => setStep({ kind: 'done', person: step.person, enrolment, klass })}
          />
        ) : null}
        {step.kind === 'done' ? (
          <EnrolResult person={step.person} enrolment={step.enrolment} klass={step.klass} onRestart={restart} />
        ) : null}
      </Paper>
    </>
  );
}

function ForKnownPerson({ participantId, restart }: { participantId: number; restart: () => void }) {
  const person = useParticipant(participantId);
  return (
    <QueryState query={person}>
      {(data) => <Flow start={{ kind: 'class', person: { id: data.id, fullName: data.fullName } }} restart={restart} />}
    </QueryState>
  );
}

/**
 * Pendaftaran, the walk-in flow: NIK -> person -> class -> receipt. Opened for a known person
 * (from their page) it starts at the class choice.
 */
export function EnrolmentPage({ participantId }: { participantId: number | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // A new round is a fresh mount, so no state of the last person can leak into the next.
  const [round, setRound] = useState(0);
  const restart = () => {
    if (participantId !== null) void navigate('/enrol');
    else setRound((value) => value + 1);
  };
  return (
    <>
      <PageHeader title={t('enrol.title')} subtitle={t('enrol.subtitle')} />
      {participantId !== null ? (
        <ForKnownPerson participantId={participantId} restart={restart} />
      ) : (
        <Flow key={round} start={{ kind: 'nik', nik: '' }} restart={restart} />
      )}
    </>
  );
}
