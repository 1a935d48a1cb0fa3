import { createRootRoute, createRoute, createRouter, Outlet } from '@tanstack/react-router';
import { CatalogPage } from './catalog/CatalogPage.tsx';
import { DirectoryPage } from './directory/DirectoryPage.tsx';
import { FidelityIndexPage } from './network/fidelity/FidelityIndexPage.tsx';
import { ScaleReviewPage } from './network/fidelity/ScaleReviewPage.tsx';
import { TeamFidelityPage } from './network/fidelity/TeamFidelityPage.tsx';
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
import { ApplicationDetailPage } from './network/certification/ApplicationDetailPage.tsx';
import { ApplicationListPage } from './network/certification/ApplicationListPage.tsx';
import { ApplyPage } from './network/certification/ApplyPage.tsx';
import { ReverificationPage } from './network/certification/ReverificationPage.tsx';
import { AppLayout } from './platform/AppLayout.tsx';
import { NotFoundPage } from './platform/NotFoundPage.tsx';
import { RequireSignIn } from './platform/RequireSignIn.tsx';
import { SignInPage } from './platform/SignInPage.tsx';
import { AuthorizationDetailPage } from './um/AuthorizationDetailPage.tsx';
import { AuthorizationListPage } from './um/AuthorizationListPage.tsx';
import { ClaimDetailPage } from './claims/ClaimDetailPage.tsx';
import { ClaimListPage } from './claims/ClaimListPage.tsx';
import { MemberClaimsPage } from './claims/MemberClaimsPage.tsx';
import { RemittanceDetailPage } from './claims/RemittanceDetailPage.tsx';
import { RemittanceListPage } from './claims/RemittanceListPage.tsx';

// Every page has a deep-linkable URL. Public: /sign-in, /catalog and /directory; everything else needs a session.
// An unknown URL still gets the frame (navbar, user), with the not-found page inside.
const notFound = () => <AppLayout navigation={navigation}><NotFoundPage /></AppLayout>;
const root = createRootRoute({ component: Outlet, notFoundComponent: notFound });
const signIn = createRoute({ getParentRoute: () => root, path: '/sign-in', component: SignInPage });
const shell = createRoute({
  getParentRoute: () => root, id: 'shell', component: () => <AppLayout navigation={navigation} />,
});
const catalog = createRoute({ getParentRoute: () => shell, path: '/catalog', component: CatalogPage });
const directory = createRoute({ getParentRoute: () => shell, path: '/directory', component: DirectoryPage });
const signedIn = createRoute({ getParentRoute: () => shell, id: 'signed-in', component: RequireSignIn });

const page = (path: string, component: () => React.ReactNode) => createRoute({ getParentRoute: () => signedIn, path, component });

const routeTree = root.addChildren([
  signIn,
  shell.addChildren([
    catalog,
    directory,
    signedIn.addChildren([
      page('/', HomePage),
      page('/organizations', OrganizationListPage),
      page('/organizations/$organizationId', OrganizationDetailPage),
      page('/teams', TeamListPage),
      page('/teams/$teamId', TeamDetailPage),
      page('/teams/$teamId/fidelity', TeamFidelityPage),
      page('/fidelity', FidelityIndexPage),
      page('/organizations/$organizationId/scale-reviews', ScaleReviewPage),
      page('/staff', StaffListPage),
      page('/staff/$staffId', StaffDetailPage),
      page('/certification', ApplicationListPage),
      page('/certification/apply', ApplyPage),
      page('/certification/reverification', ReverificationPage),
      page('/certification/$applicationId', ApplicationDetailPage),
      page('/members', MemberListPage),
      page('/members/$memberId', MemberDetailPage),
      page('/authorizations', AuthorizationListPage),
      page('/authorizations/$authorizationId', AuthorizationDetailPage),
      page('/claims', ClaimListPage),
      page('/claims/$claimId', ClaimDetailPage),
      page('/members/$memberId/claims', MemberClaimsPage),
      page('/remittances', RemittanceListPage),
      page('/remittances/$remittanceId', RemittanceDetailPage),
    ]),
  ]),
]);

export const router = createRouter({
  routeTree,
  defaultPreload: false,
  defaultNotFoundComponent: notFound,
  scrollRestoration: true,
});
