import { Center, Loader } from '@mantine/core';
import { RouterProvider } from 'react-router';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../components/QueryState';
import { LoginPage } from '../features/operators/LoginPage';
import { SetupPage } from '../features/operators/SetupPage';
import { useSessionQuery, useSetupStatus } from '../features/operators/queries';
import { SessionProvider } from './session';
import { router } from './routes';

/** First run -> setup; no session -> login; otherwise the app. None of these three has a URL. */
export function App() {
  const { t } = useTranslation();
  const status = useSetupStatus();
  const needsSetup = status.data?.needsSetup ?? true;
  const session = useSessionQuery(status.isSuccess && !needsSetup);
  return (
    <QueryState query={status}>
      {(setup) => {
        if (setup.needsSetup) return <SetupPage />;
        if (session.isPending) {
          return (
            <Center h="100vh">
              <Loader aria-label={t('app.loading')} />
            </Center>
          );
        }
        if (!session.data) return <LoginPage blkName={setup.blkName ?? ''} />;
        return (
          <SessionProvider session={session.data}>
            <RouterProvider router={router} />
          </SessionProvider>
        );
      }}
    </QueryState>
  );
}
