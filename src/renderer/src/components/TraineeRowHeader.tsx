import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EnrolmentStatus } from '@shared/domain';
import './keyboardGrid.css';

/** A keyboard grid's row heading: the trainee's name and registration number, sticky on the left. */
export function TraineeRowHeader({
  trainee,
}: {
  trainee: { fullName: string; registrationNo: string; status: EnrolmentStatus };
}) {
  const { t } = useTranslation();
  return (
    <Table.Th scope="row" className="pelita-grid-sticky" fw={400}>
      <Text fw={600} size="sm">
        {trainee.fullName}
      </Text>
      <Text size="xs" c="dimmed" ff="monospace">
        {trainee.registrationNo}
      </Text>
      {trainee.status === 'dropped_out' ? (
        <Badge color="gray" variant="light" size="xs">
          {t('enrolmentStatus.dropped_out')}
        </Badge>
      ) : null}
    </Table.Th>
  );
}
