import { AppShell, Badge, Button, Group, NavLink, ScrollArea, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconArrowsExchange,
  IconBriefcase,
  IconBuildingFactory2,
  IconFileImport,
  IconFileSpreadsheet,
  IconHome,
  IconUserSearch,
  IconBeach,
  IconBook2,
  IconBuildingWarehouse,
  IconCalendarWeek,
  IconCertificate,
  IconChalkboardTeacher,
  IconClipboardCheck,
  IconHistory,
  IconLogout,
  IconPackage,
  IconReportMoney,
  IconSchool,
  IconSettings,
  IconShieldCheck,
  IconTool,
  IconTruck,
  IconUserPlus,
  IconUsers,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import type { MethodName } from '@shared/contract';
import { Lamp } from '../components/Lamp';
import { canCall } from '../lib/api';
import { LanguageSwitch } from './LanguageSwitch';
import { HeaderScanField } from '../features/equipment/HeaderScanField';
import { useCertificateWarnings } from '../features/instructors/queries';
import { useLogout, useSetupStatus } from '../features/operators/queries';
import { useSession } from './session';

interface Room {
  path: string;
  label:
    | 'dashboard.nav'
    | 'imports.nav'
    | 'graduates.nav.followUps'
    | 'graduates.nav.graduates'
    | 'graduates.nav.companies'
    | 'reports.nav'
    | 'nav.enrol'
    | 'nav.participants'
    | 'nav.programs'
    | 'nav.classes'
    | 'schedule.nav'
    | 'teachingLog.nav'
    | 'holidays.nav'
    | 'certificates.nav'
    | 'verify.nav'
    | 'instructors.nav'
    | 'rooms.nav'
    | 'mtuSites.nav'
    | 'nav.settings'
    | 'audit.nav'
    | 'equipment.assets.nav'
    | 'equipment.loans.nav'
    | 'stock.nav.stocktakes'
    | 'stock.nav.consumables';
  icon: ComponentType<{ size?: number; stroke?: number }>;
  /** The room shows only to roles that may call this method. */
  needs: MethodName;
}

/** The menu in the groups a front desk thinks in; a group shows when any of its rooms does. */
const GROUPS: readonly {
  label:
    | 'nav.group.training'
    | 'nav.group.graduates'
    | 'nav.group.certificates'
    | 'nav.group.equipment'
    | 'nav.group.places'
    | 'nav.group.admin';
  rooms: readonly Room[];
}[] = [
  {
    label: 'nav.group.training',
    rooms: [
      { path: '/', label: 'dashboard.nav', icon: IconHome, needs: 'dashboard.today' },
      { path: '/enrol', label: 'nav.enrol', icon: IconUserPlus, needs: 'enrolments.enroll' },
      { path: '/participants', label: 'nav.participants', icon: IconUsers, needs: 'participants.search' },
      { path: '/programs', label: 'nav.programs', icon: IconBook2, needs: 'programs.list' },
      { path: '/classes', label: 'nav.classes', icon: IconSchool, needs: 'classes.list' },
      { path: '/calendar', label: 'schedule.nav', icon: IconCalendarWeek, needs: 'sessions.list' },
      { path: '/holidays', label: 'holidays.nav', icon: IconBeach, needs: 'holidays.list' },
      { path: '/instructors', label: 'instructors.nav', icon: IconChalkboardTeacher, needs: 'instructors.list' },
      { path: '/teaching-log', label: 'teachingLog.nav', icon: IconReportMoney, needs: 'attendance.teachingLog' },
      { path: '/import', label: 'imports.nav', icon: IconFileImport, needs: 'imports.open' },
    ],
  },
  {
    label: 'nav.group.graduates',
    rooms: [
      { path: '/follow-ups', label: 'graduates.nav.followUps', icon: IconUserSearch, needs: 'followUps.due' },
      { path: '/graduates', label: 'graduates.nav.graduates', icon: IconBriefcase, needs: 'graduates.list' },
      { path: '/companies', label: 'graduates.nav.companies', icon: IconBuildingFactory2, needs: 'companies.list' },
      { path: '/reports', label: 'reports.nav', icon: IconFileSpreadsheet, needs: 'reports.start' },
    ],
  },
  {
    label: 'nav.group.certificates',
    rooms: [
      { path: '/certificates', label: 'certificates.nav', icon: IconCertificate, needs: 'certificates.list' },
      { path: '/verify', label: 'verify.nav', icon: IconShieldCheck, needs: 'certificates.verify' },
    ],
  },
  {
    label: 'nav.group.equipment',
    rooms: [
      { path: '/equipment', label: 'equipment.assets.nav', icon: IconTool, needs: 'assets.list' },
      { path: '/loans', label: 'equipment.loans.nav', icon: IconArrowsExchange, needs: 'loans.list' },
      { path: '/stocktakes', label: 'stock.nav.stocktakes', icon: IconClipboardCheck, needs: 'stocktakes.list' },
      { path: '/consumables', label: 'stock.nav.consumables', icon: IconPackage, needs: 'consumables.list' },
    ],
  },
  {
    label: 'nav.group.places',
    rooms: [
      { path: '/rooms', label: 'rooms.nav', icon: IconBuildingWarehouse, needs: 'rooms.list' },
      { path: '/mtu-sites', label: 'mtuSites.nav', icon: IconTruck, needs: 'mtuSites.list' },
    ],
  },
  {
    label: 'nav.group.admin',
    rooms: [
      { path: '/settings', label: 'nav.settings', icon: IconSettings, needs: 'operators.list' },
      { path: '/audit', label: 'audit.nav', icon: IconHistory, needs: 'audit.list' },
    ],
  },
];

/** The Instruktur entry carries how many certificates need attention, so nobody has to go looking. */
function WarningCount() {
  const { t } = useTranslation();
  const warnings = useCertificateWarnings();
  const count = warnings.data?.length ?? 0;
  if (count === 0) return null;
  const expired = warnings.data?.some((warning) => warning.state === 'expired') ?? false;
  return (
    <Badge size="sm" circle color={expired ? 'red' : 'yellow'} aria-label={t('instructors.warningsBadge', { count })}>
      {count}
    </Badge>
  );
}

export function Layout() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const status = useSetupStatus();
  const logout = useLogout();
  const groups = GROUPS.map((group) => ({
    ...group,
    rooms: group.rooms.filter((room) => canCall(session.role, room.needs)),
  })).filter((group) => group.rooms.length > 0);
  const isActive = (path: string) =>
    location.pathname === path || (path !== '/' && location.pathname.startsWith(`${path}/`));

  return (
    <AppShell header={{ height: 64 }} navbar={{ width: 248, breakpoint: 'xs' }} padding="xl">
      <AppShell.Header px="lg">
        <Group h="100%" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Lamp />
            <Title order={2} fz={22} c="pelita.9">
              {t('app.name')}
            </Title>
            <Text c="dimmed" size="sm" visibleFrom="sm" lineClamp={1}>
              {status.data?.blkName}
            </Text>
          </Group>
          <Group gap="md" wrap="nowrap">
            {canCall(session.role, 'assets.byTag') ? <HeaderScanField /> : null}
            <Stack gap={0} align="flex-end">
              <Text fw={600} size="sm">
                {session.fullName}
              </Text>
              <Badge size="xs" variant="light">
                {t(`roles.${session.role}`)}
              </Badge>
            </Stack>
            <LanguageSwitch />
            <Button
              variant="subtle"
              color="gray"
              size="sm"
              leftSection={<IconLogout size={18} />}
              loading={logout.isPending}
              onClick={() => {
                void navigate('/');
                logout.mutate(undefined, {
                  onSuccess: () => notifications.show({ message: t('header.loggedOut') }),
                });
              }}
            >
              {t('header.logout')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t('nav.label')} component="nav">
        <VisuallyHidden>
          <h2>{t('nav.label')}</h2>
        </VisuallyHidden>
        {/* 18 rooms do not fit a laptop screen: the menu scrolls on its own, the page stays put. */}
        <AppShell.Section grow component={ScrollArea} type="auto" scrollbarSize={6}>
          {groups.map((group) => (
            <Stack key={group.label} gap={0} mb="xs">
              <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt={6} pb={2}>
                {t(group.label)}
              </Text>
              {group.rooms.map((room) => (
                <NavLink
                  key={room.path}
                  component={Link}
                  to={room.path}
                  label={t(room.label)}
                  leftSection={<room.icon size={20} stroke={1.6} />}
                  rightSection={room.path === '/instructors' ? <WarningCount /> : undefined}
                  active={isActive(room.path)}
                  variant="light"
                  fw={500}
                  py={7}
                  style={{ borderRadius: 'var(--mantine-radius-md)' }}
                />
              ))}
            </Stack>
          ))}
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
