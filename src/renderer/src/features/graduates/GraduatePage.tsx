import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconBriefcase, IconPencilPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { GraduateDetail } from '@shared/contract';
import { useCan } from '../../app/session';
import { Fact } from '../../components/Fact';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useFormatDate } from '../../lib/dates';
import { FollowUpModal, type FollowUpTarget } from './FollowUpForm';
import { FollowUpHistory } from './FollowUpHistory';
import { PlacementsTable } from './PlacementsTable';
import { PhoneCopy } from './PhoneCopy';
import { PlacementModal } from './PlacementForm';
import { useGraduate } from './queries';
import { RoundsStrip } from './RoundsStrip';
import { OutcomeBadge } from './StatusBadges';

function GraduateView({ graduate }: { graduate: GraduateDetail }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const canRecord = useCan('followUps.record');
  const canPlace = useCan('placements.create');
  const [recording, setRecording] = useState<FollowUpTarget | null>(null);
  const [placing, setPlacing] = useState<FollowUpTarget | null>(null);
  const target: FollowUpTarget = { enrolmentId: graduate.enrolmentId, fullName: graduate.fullName };
  return (
    <Stack gap="lg">
      <PageHeader
        title={graduate.fullName}
        subtitle={
          <Group gap="sm">
            <Text span c="dimmed">
              {t('graduates.detail.subtitle', { className: graduate.className })}
            </Text>
            <OutcomeBadge outcome={graduate.currentStatus} size="lg" />
          </Group>
        }
        actions={
          <>
            {canRecord ? (
              <Button leftSection={<IconPencilPlus size={18} />} onClick={() => setRecording(target)} autoFocus>
                {t('graduates.detail.record')}
              </Button>
            ) : null}
            {canPlace ? (
              <Button variant="default" leftSection={<IconBriefcase size={18} />} onClick={() => setPlacing(target)}>
                {t('graduates.detail.place')}
              </Button>
            ) : null}
          </>
        }
      />
      <Paper withBorder radius="lg" p="lg">
        <SimpleGrid cols={{ base: 1, sm: 4 }} spacing="md">
          <Fact label={t('graduates.field.nik')}>
            <Text component="span" ff="monospace" fw={500}>
              {graduate.nik}
            </Text>
          </Fact>
          <Fact label={t('graduates.field.phone')}>
            <PhoneCopy phone={graduate.phone} />
          </Fact>
          <Fact label={t('graduates.field.class')}>
            <Anchor component={Link} to={`/classes/${graduate.classId}`} fw={500}>
              {graduate.className}
            </Anchor>
          </Fact>
          <Fact label={t('graduates.field.program')}>{graduate.programName}</Fact>
          <Fact label={t('graduates.field.fundingSource')}>{t(`fundingSource.${graduate.fundingSource}`)}</Fact>
          <Fact label={t('graduates.field.graduatedOn')}>{formatDate(graduate.graduatedOn)}</Fact>
          <Fact label={t('graduates.field.lastContact')}>{formatDate(graduate.lastContactOn)}</Fact>
          <Fact label={t('graduates.field.participant')}>
            <Anchor component={Link} to={`/participants/${graduate.participantId}`} fw={500}>
              {t('graduates.detail.openParticipant')}
            </Anchor>
          </Fact>
        </SimpleGrid>
      </Paper>
      <Paper withBorder radius="lg" p="lg">
        <Stack gap="sm">
          <Text fw={600}>{t('graduates.detail.rounds')}</Text>
          <RoundsStrip rounds={graduate.rounds} />
        </Stack>
      </Paper>
      <FollowUpHistory followUps={graduate.followUps} />
      <PlacementsTable placements={graduate.placements} />
      <FollowUpModal target={recording} onClose={() => setRecording(null)} />
      <PlacementModal target={placing} onClose={() => setPlacing(null)} />
    </Stack>
  );
}

/** One graduate: who, from which class, the follow-up rounds, every contact and every placement. */
export function GraduatePage() {
  const { t } = useTranslation();
  const { enrolmentId } = useParams();
  const graduate = useGraduate(Number(enrolmentId));
  return (
    <Stack gap="sm">
      <Group gap="lg">
        <Anchor component={Link} to="/follow-ups" size="sm">
          ← {t('graduates.detail.backToDue')}
        </Anchor>
        <Anchor component={Link} to="/graduates" size="sm">
          {t('graduates.detail.backToList')}
        </Anchor>
      </Group>
      <QueryState query={graduate}>{(data) => <GraduateView key={data.enrolmentId} graduate={data} />}</QueryState>
    </Stack>
  );
}
