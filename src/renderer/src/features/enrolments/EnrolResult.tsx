import { Alert, Button, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCheck, IconClockHour4, IconFileTypePdf, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ClassSummary, Enrolment, WrittenFile } from '@shared/contract';
import { EnrolmentStatusBadge } from './EnrolmentStatusBadge';
import { ReceiptButton } from './ReceiptButton';
import type { PersonRef } from './ClassStep';
import { Fact } from '../../components/Fact';

/** Step 4: the registration number to write on the form, the receipt, and the way back to step 1. */
export function EnrolResult({
  person,
  enrolment,
  klass,
  onRestart,
}: {
  person: PersonRef;
  enrolment: Enrolment;
  klass: ClassSummary;
  onRestart: () => void;
}) {
  const { t } = useTranslation();
  const [written, setWritten] = useState<WrittenFile | null | undefined>(undefined);
  const reserve = enrolment.status === 'reserve';
  const rank = enrolment.reserveRank;
  return (
    <Stack gap="lg" maw={760}>
      <Group gap="md">
        <ThemeIcon size={44} radius="xl" color={reserve ? 'yellow' : 'teal'} variant="light">
          {reserve ? <IconClockHour4 size={26} /> : <IconCheck size={26} />}
        </ThemeIcon>
        <Title order={2} fz={22}>
          {reserve ? t('enrol.resultReserveTitle') : t('enrol.resultTitle')}
        </Title>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        <Fact label={t('enrol.registrationNo')}>
          <Text fz={26} fw={700} ff="monospace" data-testid="registration-no">
            {enrolment.registrationNo}
          </Text>
        </Fact>
        <Fact label={t('enrol.status')}>
          <EnrolmentStatusBadge status={enrolment.status} rank={rank} size="lg" />
        </Fact>
        <Fact label={t('enrol.participant')}>
          <Text fw={600}>{person.fullName}</Text>
        </Fact>
        <Fact label={t('enrol.klass')}>
          <Text fw={600}>{klass.name}</Text>
          <Text size="sm" c="dimmed">
            {klass.programName}
          </Text>
        </Fact>
      </SimpleGrid>
      {written ? (
        <Alert color="teal" variant="light" icon={<IconFileTypePdf size={20} />} role="status">
          {t('enrol.receiptSaved', { fileName: written.fileName })}
        </Alert>
      ) : null}
      {written === null ? <Alert color="gray">{t('enrol.receiptCancelled')}</Alert> : null}
      <Group>
        <ReceiptButton enrolmentId={enrolment.id} size="md" autoFocus data-autofocus onWritten={setWritten} />
        <Button size="md" variant="light" leftSection={<IconUserPlus size={18} />} onClick={onRestart}>
          {t('enrol.newEnrolment')}
        </Button>
        <Button size="md" variant="subtle" component={Link} to={`/participants/${person.id}`}>
          {t('enrol.viewPerson')}
        </Button>
      </Group>
    </Stack>
  );
}
