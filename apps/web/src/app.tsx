import { useEffect, type ReactNode } from 'react';
import type { User } from './api/shapes';
import { Layout } from './components/layout';
import { useI18n } from './i18n';
import { ApplicationPage } from './pages/application-page';
import { ApplicationsPage } from './pages/applications-page';
import { CampaignPage } from './pages/campaign-page';
import { CampaignsPage } from './pages/campaigns-page';
import { CooperativePage } from './pages/cooperative-page';
import { DashboardsPage } from './pages/dashboards-page';
import { DissolutionPage } from './pages/dissolution-page';
import { DissolutionsPage } from './pages/dissolutions-page';
import { EstablishmentFormPage } from './pages/establishment-form-page';
import { EnrolmentPage } from './pages/enrolment-page';
import { ImportPage } from './pages/import-page';
import { InboxPage } from './pages/inbox-page';
import { LoginPage } from './pages/login-page';
import { RegistryPage } from './pages/registry-page';
import { ReportsPage } from './pages/reports-page';
import { RulePacksPage } from './pages/rule-packs-page';
import { SweepPage } from './pages/sweep-page';
import { SweepsPage } from './pages/sweeps-page';
import { can } from './permissions';
import { BASE, match, navigate, useLocation } from './router';
import { useSession } from './session';
import { TerritoriesProvider } from './territories';
import { Loading } from './ui';

type Route = {
  pattern: string;
  allowed: (user: User) => boolean;
  render: (params: Record<string, string>) => ReactNode;
};

const ROUTES: Route[] = [
  { pattern: '/', allowed: can.useInbox, render: () => <InboxPage /> },
  { pattern: '/cooperatives', allowed: () => true, render: () => <RegistryPage /> },
  { pattern: '/cooperatives/:id', allowed: () => true, render: ({ id }) => <CooperativePage key={id} id={id} /> },
  {
    pattern: '/cooperatives/:id/dissolutions/:caseId',
    allowed: () => true,
    render: ({ id, caseId }) => <DissolutionPage key={caseId} cooperativeId={id} caseId={caseId} />,
  },
  { pattern: '/dissolutions', allowed: can.readDissolutions, render: () => <DissolutionsPage /> },
  { pattern: '/applications', allowed: can.readApplications, render: () => <ApplicationsPage /> },
  { pattern: '/applications/new', allowed: can.fileApplications, render: () => <EstablishmentFormPage /> },
  {
    pattern: '/applications/:id/amend',
    allowed: can.fileApplications,
    render: ({ id }) => <EstablishmentFormPage key={id} id={id} />,
  },
  {
    pattern: '/applications/:id',
    allowed: can.readApplications,
    render: ({ id }) => <ApplicationPage key={id} id={id} />,
  },
  { pattern: '/sweeps', allowed: can.readSweeps, render: () => <SweepsPage /> },
  { pattern: '/sweeps/:id', allowed: can.readSweeps, render: ({ id }) => <SweepPage key={id} id={id} /> },
  { pattern: '/campaigns', allowed: can.readCampaigns, render: () => <CampaignsPage /> },
  { pattern: '/campaigns/:id', allowed: can.readCampaigns, render: ({ id }) => <CampaignPage key={id} id={id} /> },
  {
    pattern: '/campaigns/:id/enrolments/:enrolmentId',
    allowed: () => true,
    render: ({ id, enrolmentId }) => <EnrolmentPage key={enrolmentId} campaignId={id} enrolmentId={enrolmentId} />,
  },
  { pattern: '/import', allowed: can.importRegistry, render: () => <ImportPage /> },
  { pattern: '/reports', allowed: can.readReports, render: () => <ReportsPage /> },
  { pattern: '/rule-packs', allowed: can.readRulePacks, render: () => <RulePacksPage /> },
  { pattern: '/dashboards', allowed: can.readDashboards, render: () => <DashboardsPage /> },
];

/** After signing in: the page that sent the user to sign in, if it is one of the app's; else their home. */
function nextPath(user: User): string {
  const next = new URLSearchParams(window.location.search).get('next') ?? '';
  if (next.startsWith(`${BASE}/`) && !next.startsWith(`${BASE}/login`)) return next.slice(BASE.length);
  return can.useInbox(user) ? '/' : '/cooperatives';
}

function NotFound() {
  const { t } = useI18n();
  return (
    <section>
      <h1>{t('Không có trang này', 'No such page')}</h1>
      <p>
        {t(
          'Địa chỉ không đúng, hoặc trang này không dành cho vai trò của bạn.',
          'The address is wrong, or this page is not for your role.',
        )}
      </p>
    </section>
  );
}

export function App() {
  const { user } = useSession();
  const { path } = useLocation();

  useEffect(() => {
    if (user === null && path !== '/login') {
      const back = `${window.location.pathname}${window.location.search}`;
      navigate(`/login?next=${encodeURIComponent(back)}`, { replace: true });
    }
    if (user && path === '/login') navigate(nextPath(user), { replace: true });
  }, [user, path]);

  // Focus the page's heading after moving, so a screen reader or keyboard user starts at the new content.
  useEffect(() => {
    document.querySelector<HTMLElement>('main h1')?.focus({ preventScroll: true });
  }, [path]);

  if (user === undefined) return <Loading />;
  if (user === null) return <LoginPage />;
  if (path === '/login') return <Loading />;
  for (const route of ROUTES) {
    const params = match(route.pattern, path);
    if (params && route.allowed(user)) {
      return (
        <TerritoriesProvider>
          <Layout user={user}>{route.render(params)}</Layout>
        </TerritoriesProvider>
      );
    }
  }
  return (
    <Layout user={user}>
      <NotFound />
    </Layout>
  );
}
