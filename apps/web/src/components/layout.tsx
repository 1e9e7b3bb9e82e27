import type { ReactNode } from 'react';
import type { User } from '../api/shapes';
import { useI18n } from '../i18n';
import { ROLE_LABELS, labelOf } from '../labels';
import { can } from '../permissions';
import { Link, useLocation } from '../router';
import { useSession } from '../session';

type NavItem = { to: string; vi: string; en: string; shown: (user: User) => boolean };

const NAV: NavItem[] = [
  { to: '/', vi: 'Hộp việc', en: 'Inbox', shown: can.useInbox },
  { to: '/cooperatives', vi: 'Sổ đăng ký', en: 'Registry', shown: () => true },
  { to: '/applications', vi: 'Hồ sơ thành lập', en: 'Establishment', shown: can.readApplications },
  { to: '/sweeps', vi: 'Rà soát ngừng hoạt động', en: 'Dormancy sweeps', shown: can.readSweeps },
  { to: '/dissolutions', vi: 'Giải thể', en: 'Dissolution', shown: can.readDissolutions },
  { to: '/campaigns', vi: 'Chuyển đổi', en: 'Conversion', shown: can.readCampaigns },
  { to: '/import', vi: 'Nhập sổ đăng ký', en: 'Registry import', shown: can.importRegistry },
  { to: '/reports', vi: 'Báo cáo', en: 'Reports', shown: can.readReports },
  { to: '/dashboards', vi: 'Bảng số liệu', en: 'Dashboards', shown: can.readDashboards },
  { to: '/rule-packs', vi: 'Bộ quy tắc', en: 'Rule packs', shown: can.readRulePacks },
];

const isCurrent = (to: string, path: string) => (to === '/' ? path === '/' : path === to || path.startsWith(`${to}/`));

export function LanguageSwitch() {
  const { lang, setLang } = useI18n();
  return lang === 'vi' ? (
    <button type="button" className="link-button" lang="en" onClick={() => setLang('en')}>
      English
    </button>
  ) : (
    <button type="button" className="link-button" lang="vi" onClick={() => setLang('vi')}>
      Tiếng Việt
    </button>
  );
}

/** The frame of every signed-in page: skip link, navigation for the user's roles, who is signed in, language. */
export function Layout({ user, children }: { user: User; children: ReactNode }) {
  const { t, tx } = useI18n();
  const { signOut } = useSession();
  const { path } = useLocation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('Bỏ qua, đến nội dung chính', 'Skip to the main content')}
      </a>
      <header className="app-header">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            HTX
          </span>
          <span>{t('Vòng đời hợp tác xã', 'Cooperative lifecycle')}</span>
        </div>
        <nav aria-label={t('Điều hướng chính', 'Main navigation')}>
          <ul>
            {NAV.filter((item) => item.shown(user)).map((item) => (
              <li key={item.to}>
                <Link to={item.to} aria-current={isCurrent(item.to, path) ? 'page' : undefined}>
                  {t(item.vi, item.en)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="who">
          <span data-testid="signed-in-user">
            {user.displayName} · {user.roles.map((role) => tx(labelOf(ROLE_LABELS, role))).join(', ')}
          </span>
          <LanguageSwitch />
          <button type="button" className="link-button" onClick={signOut}>
            {t('Đăng xuất', 'Sign out')}
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
