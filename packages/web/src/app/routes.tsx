import { PAGES, type PageName } from '@superset-ts/shared';
import type { ReactElement } from 'react';
import type { RouteObject } from 'react-router';
import { ActionLogPage } from '../features/action-log/ActionLogPage';
import { LoginPage } from '../features/auth/LoginPage';
import { RequireLogin } from '../features/auth/RequireLogin';
import { ChartAddPage } from '../features/charts/add/ChartAddPage';
import { ChartsListPage } from '../features/charts/ChartsListPage';
import { DashboardPage } from '../features/dashboards/DashboardPage';
import { DashboardsListPage } from '../features/dashboards/list/DashboardsListPage';
import { DatabasesListPage } from '../features/databases/DatabasesListPage';
import { DatasetsListPage } from '../features/datasets/DatasetsListPage';
import { NotFoundPage } from '../features/errors/NotFoundPage';
import { ExplorePage } from '../features/explore/ExplorePage';
import { WelcomePage } from '../features/home/WelcomePage';
import { UserInfoPage } from '../features/profile/UserInfoPage';
import { RolesListPage } from '../features/roles/RolesListPage';
import { RlsListPage } from '../features/row-level-security/RlsListPage';
import { QueryHistoryPage } from '../features/sqllab/QueryHistoryPage';
import { SavedQueriesPage } from '../features/sqllab/SavedQueriesPage';
import { SqlLabPage } from '../features/sqllab/SqlLabPage';
import { UsersListPage } from '../features/users/UsersListPage';
import { AppShell } from './AppShell';
import { RouteErrorPage } from './RouteErrorPage';

/** One component per page of the shared PAGES list; a new page fails typecheck until mapped. */
const PAGE_ELEMENTS: Record<PageName, ReactElement> = {
  login: <LoginPage />,
  welcome: <WelcomePage />,
  actionLog: <ActionLogPage />,
  rowLevelSecurityList: <RlsListPage />,
  usersList: <UsersListPage />,
  rolesList: <RolesListPage />,
  userInfo: <UserInfoPage />,
  databasesList: <DatabasesListPage />,
  dashboardsList: <DashboardsListPage />,
  chartsList: <ChartsListPage />,
  chartAdd: <ChartAddPage />,
  datasetsList: <DatasetsListPage />,
  sqlLab: <SqlLabPage />,
  queryHistory: <QueryHistoryPage />,
  savedQueriesList: <SavedQueriesPage />,
  explore: <ExplorePage />,
  explorePermalink: <ExplorePage />,
  dashboard: <DashboardPage />,
  dashboardPermalink: <DashboardPage />,
};

function pageRoute(name: PageName): RouteObject {
  const page = PAGES[name];
  const element = PAGE_ELEMENTS[name];
  return {
    path: page.path,
    element: page.isPublic ? element : <RequireLogin>{element}</RequireLogin>,
  };
}

/** The app's routes: every page inside the shell, and Not Found for anything else. */
export const appRoutes: RouteObject[] = [
  {
    element: <AppShell />,
    errorElement: <RouteErrorPage />,
    children: [
      ...(Object.keys(PAGES) as PageName[]).map(pageRoute),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
