import { Navigate, createHashRouter, useParams } from 'react-router';
import { AuditPage } from '../features/audit/AuditPage';
import { CompaniesPage } from '../features/companies/CompaniesPage';
import { CompanyPage } from '../features/companies/CompanyPage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { FollowUpsPage } from '../features/graduates/FollowUpsPage';
import { GraduatePage } from '../features/graduates/GraduatePage';
import { GraduatesPage } from '../features/graduates/GraduatesPage';
import { ImportPage } from '../features/imports/ImportPage';
import { ReportsPage } from '../features/reports/ReportsPage';
import { ClassPage } from '../features/classes/ClassPage';
import { ClassesPage } from '../features/classes/ClassesPage';
import { EnrolmentPage } from '../features/enrolments/EnrolmentPage';
import { TeachingLogPage } from '../features/attendance/TeachingLogPage';
import { CalendarPage } from '../features/sessions/CalendarPage';
import { HolidaysPage } from '../features/sessions/HolidaysPage';
import { RegistryPage } from '../features/certificates/RegistryPage';
import { VerifyPage } from '../features/certificates/VerifyPage';
import { InstructorsPage } from '../features/instructors/InstructorsPage';
import { AssetPage } from '../features/equipment/AssetPage';
import { AssetsPage } from '../features/equipment/AssetsPage';
import { NewAssetPage } from '../features/equipment/AssetForm';
import { CategoriesPage } from '../features/equipment/CategoriesPage';
import { CheckOutPage } from '../features/equipment/CheckOutForm';
import { LoanPage } from '../features/equipment/LoanPage';
import { LoansPage } from '../features/equipment/LoansPage';
import { ConsumablesPage } from '../features/equipment/ConsumablesPage';
import { StocktakePage } from '../features/equipment/StocktakePage';
import { StocktakesPage } from '../features/equipment/StocktakesPage';
import { MtuSitesPage } from '../features/places/MtuSitesPage';
import { RoomsPage } from '../features/places/RoomsPage';
import { ParticipantPage } from '../features/participants/ParticipantPage';
import { ParticipantsPage } from '../features/participants/ParticipantsPage';
import { ProgramsPage } from '../features/programs/ProgramsPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { Layout } from './Layout';
import { useCan } from './session';

/** A new key per person restarts the walk-in flow from its first step. */
function EnrolmentRoute() {
  const { participantId } = useParams();
  const id = participantId ? Number(participantId) : null;
  return <EnrolmentPage key={participantId ?? 'new'} participantId={id && Number.isInteger(id) ? id : null} />;
}

function Guarded({ method, children }: { method: Parameters<typeof useCan>[0]; children: React.ReactNode }) {
  return useCan(method) ? <>{children}</> : <Navigate to="/" replace />;
}

export const router = createHashRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <DashboardPage /> },
      {
        path: 'enrol',
        element: (
          <Guarded method="enrolments.enroll">
            <EnrolmentRoute />
          </Guarded>
        ),
      },
      {
        path: 'enrol/:participantId',
        element: (
          <Guarded method="enrolments.enroll">
            <EnrolmentRoute />
          </Guarded>
        ),
      },
      { path: 'participants', element: <ParticipantsPage /> },
      {
        path: 'import',
        element: (
          <Guarded method="imports.open">
            <ImportPage />
          </Guarded>
        ),
      },
      { path: 'follow-ups', element: <FollowUpsPage /> },
      { path: 'graduates', element: <GraduatesPage /> },
      { path: 'graduates/:enrolmentId', element: <GraduatePage /> },
      { path: 'companies', element: <CompaniesPage /> },
      { path: 'companies/:id', element: <CompanyPage /> },
      { path: 'reports', element: <ReportsPage /> },
      { path: 'participants/:id', element: <ParticipantPage /> },
      { path: 'programs', element: <ProgramsPage /> },
      { path: 'classes', element: <ClassesPage /> },
      { path: 'classes/:id', element: <ClassPage /> },
      { path: 'calendar', element: <CalendarPage /> },
      { path: 'holidays', element: <HolidaysPage /> },
      { path: 'teaching-log', element: <TeachingLogPage /> },
      { path: 'certificates', element: <RegistryPage /> },
      { path: 'verify', element: <VerifyPage /> },
      { path: 'instructors', element: <InstructorsPage /> },
      { path: 'rooms', element: <RoomsPage /> },
      { path: 'mtu-sites', element: <MtuSitesPage /> },
      { path: 'equipment', element: <AssetsPage /> },
      { path: 'equipment/assets/:id', element: <AssetPage /> },
      {
        path: 'equipment/new',
        element: (
          <Guarded method="assets.create">
            <NewAssetPage />
          </Guarded>
        ),
      },
      { path: 'equipment/categories', element: <CategoriesPage /> },
      { path: 'loans', element: <LoansPage /> },
      {
        path: 'loans/new',
        element: (
          <Guarded method="loans.checkOut">
            <CheckOutPage />
          </Guarded>
        ),
      },
      { path: 'loans/:id', element: <LoanPage /> },
      { path: 'stocktakes', element: <StocktakesPage /> },
      { path: 'stocktakes/:id', element: <StocktakePage /> },
      { path: 'consumables', element: <ConsumablesPage /> },
      {
        path: 'settings',
        element: (
          <Guarded method="operators.list">
            <SettingsPage />
          </Guarded>
        ),
      },
      {
        path: 'audit',
        element: (
          <Guarded method="audit.list">
            <AuditPage />
          </Guarded>
        ),
      },
      { path: '*', element: <Navigate to="/" replace /> },
    ],
  },
]);
