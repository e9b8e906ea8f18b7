import { QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { queryClient } from './api/query-client';
import { AccountPage } from './features/account/AccountPage';
import { AuditPage } from './features/audit/AuditPage';
import { RequireNavItem } from './features/auth/RequireNavItem';
import { RequireSession } from './features/auth/RequireSession';
import { SignInPage } from './features/auth/SignInPage';
import { CallbacksPage } from './features/callbacks/CallbacksPage';
import { CasePage } from './features/cases/CasePage';
import { ChannelsPage } from './features/channels/ChannelsPage';
import { DeskPage } from './features/desk/DeskPage';
import { FlaggedPhonesPage } from './features/flagged-phones/FlaggedPhonesPage';
import { HomePage } from './features/home/HomePage';
import { NewCasePage } from './features/intake/NewCasePage';
import { LeadsPage } from './features/leads/LeadsPage';
import { OrganisationsPage } from './features/organisations/OrganisationsPage';
import { PeoplePage } from './features/people/PeoplePage';
import { PersonPage } from './features/people/PersonPage';
import { HelpPage } from './features/public/HelpPage';
import { StatusPage } from './features/public/StatusPage';
import { NotFoundPage } from './features/shell/NotFoundPage';
import { RouteError } from './features/shell/RouteError';
import { Shell } from './features/shell/Shell';
import { SimulatorPage } from './features/simulator/SimulatorPage';

const router = createBrowserRouter([
  {
    element: <Shell />,
    errorElement: <RouteError />,
    children: [
      { path: 'sign-in', element: <SignInPage /> },
      // The public's pages: no sign-in, Hindi first.
      { path: 'help', element: <HelpPage /> },
      { path: 'status', element: <StatusPage /> },
      { path: 'status/:reference', element: <StatusPage /> },
      {
        element: <RequireSession />,
        children: [
          { index: true, element: <HomePage /> },
          {
            path: 'desk',
            element: (
              <RequireNavItem item="desk">
                <DeskPage />
              </RequireNavItem>
            ),
          },
          {
            path: 'cases/new',
            element: (
              <RequireNavItem item="new_case">
                <NewCasePage />
              </RequireNavItem>
            ),
          },
          {
            path: 'cases/:id',
            element: (
              <RequireNavItem item="desk">
                <CasePage />
              </RequireNavItem>
            ),
          },
          {
            path: 'flagged-phones',
            element: (
              <RequireNavItem item="flagged_phones">
                <FlaggedPhonesPage />
              </RequireNavItem>
            ),
          },
          {
            path: 'callbacks',
            element: (
              <RequireNavItem item="callbacks">
                <CallbacksPage />
              </RequireNavItem>
            ),
          },
          {
            path: 'leads',
            element: (
              <RequireNavItem item="leads">
                <LeadsPage />
              </RequireNavItem>
            ),
          },
          {
            path: 'channels',
            element: (
              <RequireNavItem item="channels">
                <ChannelsPage />
              </RequireNavItem>
            ),
          },
          {
            path: 'simulator',
            element: (
              <RequireNavItem item="simulator">
                <SimulatorPage />
              </RequireNavItem>
            ),
          },
          {
            path: 'organisations',
            element: (
              <RequireNavItem item="organisations">
                <OrganisationsPage />
              </RequireNavItem>
            ),
          },
          {
            path: 'people',
            element: (
              <RequireNavItem item="people">
                <PeoplePage />
              </RequireNavItem>
            ),
          },
          {
            path: 'people/:id',
            element: (
              <RequireNavItem item="people">
                <PersonPage />
              </RequireNavItem>
            ),
          },
          {
            path: 'audit',
            element: (
              <RequireNavItem item="audit">
                <AuditPage />
              </RequireNavItem>
            ),
          },
          { path: 'account', element: <AccountPage /> },
        ],
      },
      // Outside <RequireSession>, so a mistyped address says "not found" whether or not you're signed in.
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
