// Every page of the web app in one table: its address, what it shows, who may open it and whether the main nav
// offers it. The router, the nav-item guards and the main nav are derived from it below; which nav items a person
// has is still the server's call (`navFor` in shared/permissions.ts, sent in the session).
import type { ParseKeys } from 'i18next';
import type { ReactElement } from 'react';
import type { RouteObject } from 'react-router';
import type { NavItem } from '../shared/contracts/auth.js';
import { AccountPage } from './features/account/AccountPage';
import { AuditPage } from './features/audit/AuditPage';
import { BloodFiguresPage } from './features/blood-reports/BloodFiguresPage';
import { RequireNavItem } from './features/auth/RequireNavItem';
import { RequireSession } from './features/auth/RequireSession';
import { SignInPage } from './features/auth/SignInPage';
import { CallbacksPage } from './features/callbacks/CallbacksPage';
import { CampCheckInPage } from './features/camps/CampCheckInPage';
import { CampPage } from './features/camps/CampPage';
import { CampReportPage } from './features/camps/CampReportPage';
import { CampsPage } from './features/camps/CampsPage';
import { EditCampPage } from './features/camps/EditCampPage';
import { NewCampPage } from './features/camps/NewCampPage';
import { PublicCampPage } from './features/camps/PublicCampPage';
import { campRoutes, campsPaths } from './features/camps/camps-paths';
import { CasePage } from './features/cases/CasePage';
import { VerifyCertificatePage } from './features/certificates/VerifyCertificatePage';
import { certificateRoutes } from './features/certificates/certificate-paths';
import { ChannelsPage } from './features/channels/ChannelsPage';
import { DeskPage } from './features/desk/DeskPage';
import { DonorImportPage } from './features/donors/DonorImportPage';
import { DonorPage } from './features/donors/DonorPage';
import { DonorsPage } from './features/donors/DonorsPage';
import { NewDonorPage } from './features/donors/NewDonorPage';
import { FlaggedPhonesPage } from './features/flagged-phones/FlaggedPhonesPage';
import { HomePage } from './features/home/HomePage';
import { NewCasePage } from './features/intake/NewCasePage';
import { JobsPage } from './features/jobs/JobsPage';
import { LeadsPage } from './features/leads/LeadsPage';
import { OrganisationsPage } from './features/organisations/OrganisationsPage';
import { PeoplePage } from './features/people/PeoplePage';
import { PersonPage } from './features/people/PersonPage';
import { HelpPage } from './features/public/HelpPage';
import { StatusPage } from './features/public/StatusPage';
import { DonatePage } from './features/donate/DonatePage';
import { DonorSelfPage } from './features/donate/DonorSelfPage';
import { donatePaths } from './features/donate/donate-paths';
import { DonorAnswerPage } from './features/donor-answer/DonorAnswerPage';
import { donorAnswerPath } from './features/donor-answer/donor-answer-paths';
import type { MainNavLinks } from './features/shell/MainNav';
import { donorPaths, navPaths, publicPaths } from './features/shell/nav-paths';
import { NotFoundPage } from './features/shell/NotFoundPage';
import { RouteError } from './features/shell/RouteError';
import { Shell } from './features/shell/Shell';
import { SimulatorPage } from './features/simulator/SimulatorPage';
import { DepotPage } from './features/lending/DepotPage';
import { DepotsPage } from './features/lending/DepotsPage';
import { EquipmentPage } from './features/lending/EquipmentPage';
import { ItemPage } from './features/lending/ItemPage';
import { LabelsPage } from './features/lending/LabelsPage';
import { LendingFiguresPage } from './features/lending/LendingFiguresPage';
import { LoanPage } from './features/lending/LoanPage';
import { LoansPage } from './features/lending/LoansPage';
import { RefillsPage } from './features/lending/RefillsPage';
import { ScanPage } from './features/lending/ScanPage';
import { SponsorPublicPage } from './features/lending/SponsorPublicPage';
import { SponsorsPage } from './features/lending/SponsorsPage';
import { StockPage } from './features/lending/StockPage';
import { StockSitePage } from './features/lending/StockSitePage';
import { lendingPaths, lendingRecordRoutes } from './features/lending/lending-paths';
import { TransfusionCalendarPage } from './features/thalassemia/CalendarPage';
import { ChildPage } from './features/thalassemia/ChildPage';
import { ChildrenPage } from './features/thalassemia/ChildrenPage';
import { NewChildPage } from './features/thalassemia/NewChildPage';
import { thalassemiaPaths, thalassemiaRecordRoutes } from './features/thalassemia/thalassemia-paths';

/** A row: `public` pages open to anyone; `signed-in` ones send anyone else to sign in first (and back after). */
type Page =
  | { access: 'public'; path: string; element: ReactElement }
  | {
      access: 'signed-in';
      path: string;
      element: ReactElement;
      /** Opens only for people whose session `nav` has this item; for anyone else it is "not found", as on the server. */
      navItem?: NavItem;
      mainNav?: never;
    }
  | {
      access: 'signed-in';
      path: string;
      element: ReactElement;
      navItem: NavItem;
      /** The page is its `navItem`'s link in the main nav, with this label. */
      mainNav: ParseKeys<'translation'>;
    };

export const pages = [
  { access: 'public', path: '/sign-in', element: <SignInPage /> },
  // The public's pages: no sign-in, Hindi first (i18n.ts, publicPathPrefixes).
  { access: 'public', path: publicPaths.help, element: <HelpPage /> },
  { access: 'public', path: publicPaths.status, element: <StatusPage /> },
  { access: 'public', path: `${publicPaths.status}/:reference`, element: <StatusPage /> },
  { access: 'public', path: donatePaths.register, element: <DonatePage /> },
  { access: 'public', path: donatePaths.own, element: <DonorSelfPage /> },
  { access: 'public', path: donorAnswerPath, element: <DonorAnswerPage /> },
  // A sponsor's own page, by its private link (issue #13): counts only.
  { access: 'public', path: lendingRecordRoutes.sponsorPublic, element: <SponsorPublicPage /> },
  // A blood donation camp's registration page (issue #14): facts, a slot, then the donor's check-in QR code.
  { access: 'public', path: campRoutes.publicCamp, element: <PublicCampPage /> },
  // A donor's certificate, verified by its number (issue #14): initials, date, organisation; the PDF to download.
  { access: 'public', path: certificateRoutes.verify, element: <VerifyCertificatePage /> },
  { access: 'public', path: certificateRoutes.verifyNumber, element: <VerifyCertificatePage /> },
  // Not behind sign-in, so a mistyped address says "not found" whether or not you're signed in.
  { access: 'public', path: '*', element: <NotFoundPage /> },

  { access: 'signed-in', path: navPaths.home, element: <HomePage />, navItem: 'home', mainNav: 'nav.home' },
  { access: 'signed-in', path: navPaths.desk, element: <DeskPage />, navItem: 'desk', mainNav: 'nav.desk' },
  {
    access: 'signed-in',
    path: navPaths.new_case,
    element: <NewCasePage />,
    navItem: 'new_case',
    mainNav: 'nav.new_case',
  },
  { access: 'signed-in', path: '/cases/:id', element: <CasePage />, navItem: 'desk' },
  {
    access: 'signed-in',
    path: navPaths.callbacks,
    element: <CallbacksPage />,
    navItem: 'callbacks',
    mainNav: 'nav.callbacks',
  },
  { access: 'signed-in', path: navPaths.leads, element: <LeadsPage />, navItem: 'leads', mainNav: 'nav.leads' },
  // The donor registry (issue #12): its own pages sit under its nav item, opened by whoever has it.
  { access: 'signed-in', path: navPaths.donors, element: <DonorsPage />, navItem: 'donors', mainNav: 'nav.donors' },
  { access: 'signed-in', path: donorPaths.new, element: <NewDonorPage />, navItem: 'donors' },
  { access: 'signed-in', path: donorPaths.import, element: <DonorImportPage />, navItem: 'donors' },
  { access: 'signed-in', path: `${navPaths.donors}/:id`, element: <DonorPage />, navItem: 'donors' },
  // Blood donation camps (issue #14): health data (shared/camp-permissions.ts); pages under its nav item.
  { access: 'signed-in', path: navPaths.camps, element: <CampsPage />, navItem: 'camps', mainNav: 'nav.camps' },
  { access: 'signed-in', path: campsPaths.new, element: <NewCampPage />, navItem: 'camps' },
  { access: 'signed-in', path: campRoutes.camp, element: <CampPage />, navItem: 'camps' },
  { access: 'signed-in', path: campRoutes.edit, element: <EditCampPage />, navItem: 'camps' },
  { access: 'signed-in', path: campRoutes.checkIn, element: <CampCheckInPage />, navItem: 'camps' },
  { access: 'signed-in', path: campRoutes.report, element: <CampReportPage />, navItem: 'camps' },
  // Thalassemia care (issue #14): children on regular transfusion, their pools and calendars; health data.
  {
    access: 'signed-in',
    path: navPaths.thalassemia,
    element: <ChildrenPage />,
    navItem: 'thalassemia',
    mainNav: 'nav.thalassemia',
  },
  { access: 'signed-in', path: thalassemiaPaths.new, element: <NewChildPage />, navItem: 'thalassemia' },
  {
    access: 'signed-in',
    path: thalassemiaPaths.calendar,
    element: <TransfusionCalendarPage />,
    navItem: 'thalassemia',
  },
  { access: 'signed-in', path: thalassemiaRecordRoutes.child, element: <ChildPage />, navItem: 'thalassemia' },
  // Oxygen and equipment lending (issue #13): health data (shared/lending-permissions.ts); pages under its nav item.
  {
    access: 'signed-in',
    path: navPaths.lending,
    element: <LoansPage />,
    navItem: 'lending',
    mainNav: 'nav.lending',
  },
  { access: 'signed-in', path: lendingRecordRoutes.loan, element: <LoanPage />, navItem: 'lending' },
  { access: 'signed-in', path: lendingPaths.equipment, element: <EquipmentPage />, navItem: 'lending' },
  { access: 'signed-in', path: lendingRecordRoutes.item, element: <ItemPage />, navItem: 'lending' },
  { access: 'signed-in', path: lendingPaths.labels, element: <LabelsPage />, navItem: 'lending' },
  { access: 'signed-in', path: lendingRecordRoutes.scan, element: <ScanPage />, navItem: 'lending' },
  { access: 'signed-in', path: lendingPaths.depots, element: <DepotsPage />, navItem: 'lending' },
  { access: 'signed-in', path: lendingRecordRoutes.depot, element: <DepotPage />, navItem: 'lending' },
  { access: 'signed-in', path: lendingPaths.refills, element: <RefillsPage />, navItem: 'lending' },
  { access: 'signed-in', path: lendingPaths.sponsors, element: <SponsorsPage />, navItem: 'lending' },
  { access: 'signed-in', path: lendingPaths.stock, element: <StockPage />, navItem: 'lending' },
  { access: 'signed-in', path: lendingRecordRoutes.stockSite, element: <StockSitePage />, navItem: 'lending' },
  // Counts, no people: viewers too.
  {
    access: 'signed-in',
    path: navPaths.lending_figures,
    element: <LendingFiguresPage />,
    navItem: 'lending_figures',
    mainNav: 'nav.lending_figures',
  },
  {
    access: 'signed-in',
    path: navPaths.flagged_phones,
    element: <FlaggedPhonesPage />,
    navItem: 'flagged_phones',
    mainNav: 'nav.flagged_phones',
  },
  {
    access: 'signed-in',
    path: navPaths.blood_figures,
    element: <BloodFiguresPage />,
    navItem: 'blood_figures',
    mainNav: 'nav.blood_figures',
  },
  {
    access: 'signed-in',
    path: navPaths.channels,
    element: <ChannelsPage />,
    navItem: 'channels',
    mainNav: 'nav.channels',
  },
  {
    access: 'signed-in',
    path: navPaths.simulator,
    element: <SimulatorPage />,
    navItem: 'simulator',
    mainNav: 'nav.simulator',
  },
  {
    access: 'signed-in',
    path: navPaths.organisations,
    element: <OrganisationsPage />,
    navItem: 'organisations',
    mainNav: 'nav.organisations',
  },
  { access: 'signed-in', path: navPaths.people, element: <PeoplePage />, navItem: 'people', mainNav: 'nav.people' },
  { access: 'signed-in', path: '/people/:id', element: <PersonPage />, navItem: 'people' },
  { access: 'signed-in', path: navPaths.audit, element: <AuditPage />, navItem: 'audit', mainNav: 'nav.audit' },
  { access: 'signed-in', path: navPaths.jobs, element: <JobsPage />, navItem: 'jobs', mainNav: 'nav.jobs' },
  {
    access: 'signed-in',
    path: navPaths.account,
    element: <AccountPage />,
    navItem: 'account',
    mainNav: 'nav.account',
  },
] as const satisfies readonly Page[];

type MainNavItem = Extract<(typeof pages)[number], { mainNav: string }>['navItem'];
type Never<T extends never> = T;
/** Compile-time check: a nav item the server may send with no page in the main nav fails here, naming the item. */
export type EveryNavItemHasAPage = Never<Exclude<NavItem, MainNavItem>>;

/** Each nav item's link in the main nav (shown in the order of the person's session `nav`). */
export const mainNavLinks = Object.fromEntries(
  pages.flatMap((page) =>
    'mainNav' in page ? [[page.navItem, { path: page.path, label: page.mainNav, end: page.path === '/' }]] : [],
  ),
) as MainNavLinks;

function routeOf(page: Page): RouteObject {
  const element =
    page.access === 'signed-in' && page.navItem ? (
      <RequireNavItem item={page.navItem}>{page.element}</RequireNavItem>
    ) : (
      page.element
    );
  return page.path === '/' ? { index: true, element } : { path: page.path.replace(/^\//, ''), element };
}

/** The React Router configuration: the shell around every page, signed-in pages behind <RequireSession>. */
export const routes: RouteObject[] = [
  {
    element: <Shell mainNavLinks={mainNavLinks} />,
    errorElement: <RouteError />,
    children: [
      ...pages.filter((page) => page.access === 'public').map(routeOf),
      { element: <RequireSession />, children: pages.filter((page) => page.access === 'signed-in').map(routeOf) },
    ],
  },
];
