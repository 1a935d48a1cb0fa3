import { createRootRoute, createRoute, createRouter, Outlet } from '@tanstack/react-router';
import { CatalogPage } from './catalog/CatalogPage.tsx';
import { HomePage } from './home/HomePage.tsx';
import { MemberDetailPage } from './members/MemberDetailPage.tsx';
import { MemberListPage } from './members/MemberListPage.tsx';
import { navigation } from './navigation.ts';
import { OrganizationDetailPage } from './network/OrganizationDetailPage.tsx';
import { OrganizationListPage } from './network/OrganizationListPage.tsx';
import { StaffDetailPage } from './network/StaffDetailPage.tsx';
import { StaffListPage } from './network/StaffListPage.tsx';
import { TeamDetailPage } from './network/TeamDetailPage.tsx';
import { TeamListPage } from './network/TeamListPage.tsx';
import { AppLayout } from './platform/AppLayout.tsx';
import { NotFoundPage } from './platform/NotFoundPage.tsx';
import { RequireSignIn } from './platform/RequireSignIn.tsx';
import { SignInPage } from './platform/SignInPage.tsx';
import { AuthorizationDetailPage } from './um/AuthorizationDetailPage.tsx';
import { AuthorizationListPage } from './um/AuthorizationListPage.tsx';

// Every page has a deep-linkable URL. Public: /sign-in and /catalog; everything else needs a session.
// An unknown URL still gets the frame (navbar, user), with the not-found page inside.
const notFound = () => <AppLayout navigation={navigation}><NotFoundPage /></AppLayout>;
const root = createRootRoute({ component: Outlet, notFoundComponent: notFound });
const signIn = createRoute({ getParentRoute: () => root, path: '/sign-in', component: SignInPage });
const shell = createRoute({
  getParentRoute: () => root, id: 'shell', component: () => <AppLayout navigation={navigation} />,
});
const catalog = createRoute({ getParentRoute: () => shell, path: '/catalog', component: CatalogPage });
const signedIn = createRoute({ getParentRoute: () => shell, id: 'signed-in', component: RequireSignIn });

const page = (path: string, component: () => React.ReactNode) => createRoute({ getParentRoute: () => signedIn, path, component });

const routeTree = root.addChildren([
  signIn,
  shell.addChildren([
    catalog,
    signedIn.addChildren([
      page('/', HomePage),
      page('/organizations', OrganizationListPage),
      page('/organizations/$organizationId', OrganizationDetailPage),
      page('/teams', TeamListPage),
      page('/teams/$teamId', TeamDetailPage),
      page('/staff', StaffListPage),
      page('/staff/$staffId', StaffDetailPage),
      page('/members', MemberListPage),
      page('/members/$memberId', MemberDetailPage),
      page('/authorizations', AuthorizationListPage),
      page('/authorizations/$authorizationId', AuthorizationDetailPage),
    ]),
  ]),
]);

export const router = createRouter({
  routeTree,
  defaultPreload: false,
  defaultNotFoundComponent: notFound,
  scrollRestoration: true,
});
