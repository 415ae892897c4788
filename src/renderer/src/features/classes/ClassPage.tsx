import { Anchor, Badge, Button, Group, Modal, Paper, SimpleGrid, Stack, Tabs, Text } from '@mantine/core';
import { IconArrowLeft, IconPencil, IconUserPlus } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ClassSummary, RosterRow } from '@shared/contract';
import { CLASS_TRANSITIONS } from '@shared/domain';
import { useCan } from '../../app/session';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useFormatDate } from '../../lib/dates';
import { AssessmentTab } from '../assessment/AssessmentTab';
import { AttendanceTab } from '../attendance/AttendanceTab';
import { CertificatesTab } from '../certificates/CertificatesTab';
import { ReadinessTab } from '../equipment/ReadinessTab';
import { ScheduleTab } from '../sessions/ScheduleTab';
import { CertificateProblems } from './CertificateProblems';
import { ClassForm } from './ClassForm';
import { ClassStatusActions } from './ClassStatusActions';
import { ClassStatusBadge } from './ClassStatusBadge';
import { useClassDetail } from './queries';
import { RosterTable } from './RosterTable';
import { PlaceText } from './PlaceText';
import { SeatsCell } from './SeatsCell';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Text size="sm" c="dimmed" mb={4}>
        {label}
      </Text>
      {children}
    </Paper>
  );
}

function ClassView({ klass }: { klass: ClassSummary & { roster: RosterRow[] } }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const canEdit = useCan('classes.update');
  const canSetStatus = useCan('classes.setStatus');
  const canEnrol = useCan('enrolments.enroll');
  const [editing, setEditing] = useState(false);
  return (
    <Stack gap="lg">
      <PageHeader
        title={klass.name}
        subtitle={klass.programName}
        actions={
          <>
            {canEdit ? (
              <Button variant="light" leftSection={<IconPencil size={18} />} onClick={() => setEditing(true)}>
                {t('classes.editTitle')}
              </Button>
            ) : null}
            {canEnrol && klass.status === 'open' ? (
              <Button component={Link} to="/enrol" leftSection={<IconUserPlus size={18} />}>
                {t('classes.enrolHere')}
              </Button>
            ) : null}
          </>
        }
      />
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <Fact label={t('classes.colDates')}>
          <Text fw={500}>
            {t('classes.dateRange', { start: formatDate(klass.startDate), end: formatDate(klass.endDate) })}
          </Text>
        </Fact>
        <Fact label={t('classes.status')}>
          <ClassStatusBadge status={klass.status} />
        </Fact>
        <Fact label={t('classes.colSeats')}>
          <Group gap="xs">
            <SeatsCell taken={klass.seatsTaken} quota={klass.quota} />
            {klass.belowMinimum ? (
              <Badge color="orange" variant="light" styles={{ label: { textTransform: 'none' } }}>
                {t('classes.belowMinimum')}
              </Badge>
            ) : null}
          </Group>
          <Text size="sm" c="dimmed" mt={4}>
            {t('classes.minToOpenFact', { count: klass.minToOpen })}
          </Text>
        </Fact>
        <Fact label={t('classes.colReserves')}>
          <Text fw={500}>{klass.reserveCount}</Text>
        </Fact>
        <Fact label={t('classes.fundingSource')}>
          <Text fw={500}>{t(`fundingSource.${klass.fundingSource}`)}</Text>
          {klass.sponsorName ? (
            <Text size="sm">
              {t(`classes.sponsor.${klass.fundingSource === 'dana_desa' ? 'village' : 'company'}`)}: {klass.sponsorName}
            </Text>
          ) : null}
        </Fact>
        <Fact label={t('classes.place')}>
          <PlaceText place={klass.place} withKind />
        </Fact>
        <Paper withBorder radius="md" p="md" style={{ gridColumn: 'span 2' }}>
          <Text size="sm" c="dimmed" mb={4}>
            {t('classes.instructors')}
          </Text>
          {klass.instructors.length === 0 ? (
            <Text c="dimmed">{t('classes.noInstructors')}</Text>
          ) : (
            <Stack gap="xs">
              {klass.instructors.map((instructor) => (
                <Stack key={instructor.id} gap={2}>
                  <Group gap="xs">
                    <Text fw={500}>{instructor.fullName}</Text>
                    <Text size="sm" c="dimmed">
                      {t(`classInstructorRole.${instructor.role}`)}
                    </Text>
                    {instructor.warnings.length > 0 ? (
                      <Badge color="red" variant="light" styles={{ label: { textTransform: 'none' } }}>
                        {t('classCert.badge', { count: instructor.warnings.length })}
                      </Badge>
                    ) : null}
                  </Group>
                  <CertificateProblems warnings={instructor.warnings} />
                </Stack>
              ))}
            </Stack>
          )}
        </Paper>
      </SimpleGrid>
      {canSetStatus && CLASS_TRANSITIONS[klass.status].length > 0 ? (
        <Paper withBorder radius="md" p="md">
          <Group justify="space-between" gap="sm">
            <Text size="sm">{t(`classAction.hint.${klass.status}`)}</Text>
            <ClassStatusActions klass={klass} />
          </Group>
        </Paper>
      ) : null}
      <Tabs defaultValue="roster" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="roster">{t('classes.roster')}</Tabs.Tab>
          <Tabs.Tab value="schedule">{t('schedule.tab')}</Tabs.Tab>
          <Tabs.Tab value="attendance">{t('attendance.tab')}</Tabs.Tab>
          <Tabs.Tab value="assessment">{t('assessment.tab')}</Tabs.Tab>
          <Tabs.Tab value="certificates">{t('certificates.tab')}</Tabs.Tab>
          <Tabs.Tab value="equipment">{t('stock.readiness.tab')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="roster" pt="md">
          <Paper withBorder radius="lg" p="lg">
            <RosterTable klass={klass} roster={klass.roster} />
          </Paper>
        </Tabs.Panel>
        <Tabs.Panel value="schedule" pt="md">
          <ScheduleTab klass={klass} />
        </Tabs.Panel>
        <Tabs.Panel value="attendance" pt="md">
          <AttendanceTab klass={klass} />
        </Tabs.Panel>
        <Tabs.Panel value="assessment" pt="md">
          <AssessmentTab klass={klass} />
        </Tabs.Panel>
        <Tabs.Panel value="certificates" pt="md">
          <CertificatesTab klass={klass} />
        </Tabs.Panel>
        <Tabs.Panel value="equipment" pt="md">
          <ReadinessTab klass={klass} />
        </Tabs.Panel>
      </Tabs>
      <Modal opened={editing} onClose={() => setEditing(false)} title={t('classes.editTitle')} size="lg">
        {editing ? <ClassForm klass={klass} onDone={() => setEditing(false)} /> : null}
      </Modal>
    </Stack>
  );
}

export function ClassPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const klass = useClassDetail(id);
  return (
    <Stack gap="md">
      <Group>
        <Anchor component={Link} to="/classes" size="sm">
          <Group gap={4}>
            <IconArrowLeft size={16} />
            <Text span size="sm">
              {t('classes.title')}
            </Text>
          </Group>
        </Anchor>
      </Group>
      <QueryState query={klass}>{(data) => <ClassView klass={data} />}</QueryState>
    </Stack>
  );
}
