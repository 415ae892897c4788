import { Navigate, createHashRouter, useParams } from 'react-router';
import { AuditPage } from '../features/audit/AuditPage';
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

/** Pendaftaran is home for whoever enrols; the head of BLK (read-only) starts at Peserta. */
function Home() {
  return useCan('enrolments.enroll') ? <EnrolmentRoute /> : <Navigate to="/participants" replace />;
}

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
      { index: true, element: <Home /> },
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
