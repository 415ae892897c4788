import { Alert, Anchor, Badge, Group, Radio, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ClassSummary, Enrolment } from '@shared/contract';
import { useCan } from '../../app/session';
import { QueryState } from '../../components/QueryState';
import { useFormatDate } from '../../lib/dates';
import { useClasses } from '../classes/queries';
import { EnrolConfirm } from './EnrolConfirm';

export interface PersonRef {
  id: number;
  fullName: string;
}

function ClassOption({ klass, first }: { klass: ClassSummary; first: boolean }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const full = klass.seatsTaken >= klass.quota;
  return (
    <Radio.Card
      value={String(klass.id)}
      p="md"
      radius="md"
      aria-label={klass.name}
      data-autofocus={first || undefined}
      autoFocus={first}
    >
      <Group wrap="nowrap" align="flex-start">
        <Radio.Indicator mt={4} />
        <Stack gap={2} style={{ flex: 1 }}>
          <Group gap="xs">
            <Text fw={600}>{klass.name}</Text>
            {full ? (
              <Badge color="yellow" variant="light">
                {t('enrol.full')}
              </Badge>
            ) : null}
          </Group>
          <Text size="sm" c="dimmed">
            {klass.programName} ·{' '}
            {t('classes.dateRange', { start: formatDate(klass.startDate), end: formatDate(klass.endDate) })}
          </Text>
          <Text size="sm">
            {t('enrol.seats', { taken: klass.seatsTaken, quota: klass.quota })}
            {klass.reserveCount > 0 ? ` · ${t('enrol.reserves', { count: klass.reserveCount })}` : ''}
          </Text>
        </Stack>
      </Group>
    </Radio.Card>
  );
}

/** Step 3: an open class, its rules checked for this person, then the enrolment itself. */
export function ClassStep({
  person,
  onEnrolled,
}: {
  person: PersonRef;
  onEnrolled: (enrolment: Enrolment, klass: ClassSummary) => void;
}) {
  const { t } = useTranslation();
  const classes = useClasses('open');
  const canOpenClasses = useCan('classes.create');
  const [classId, setClassId] = useState<string | null>(null);
  return (
    <Stack gap="md">
      <Text>{t('enrol.classIntro', { fullName: person.fullName })}</Text>
      <QueryState query={classes}>
        {(open) => {
          if (open.length === 0) {
            return (
              <Alert color="blue" variant="light" icon={<IconInfoCircle size={20} />}>
                {t('enrol.noOpenClasses')}{' '}
                {canOpenClasses ? (
                  <Anchor component={Link} to="/classes">
                    {t('enrol.noOpenClassesAdmin')}
                  </Anchor>
                ) : null}
              </Alert>
            );
          }
          const chosen = open.find((klass) => String(klass.id) === classId) ?? null;
          return (
            <Stack gap="md">
              <Radio.Group value={classId} onChange={setClassId} label={t('enrol.classLabel')} size="md">
                <Stack gap="xs" mt="xs">
                  {open.map((klass, index) => (
                    <ClassOption key={klass.id} klass={klass} first={index === 0} />
                  ))}
                </Stack>
              </Radio.Group>
              {chosen ? <EnrolConfirm key={chosen.id} person={person} klass={chosen} onEnrolled={onEnrolled} /> : null}
            </Stack>
          );
        }}
      </QueryState>
    </Stack>
  );
}
