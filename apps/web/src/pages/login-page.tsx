import { useState, type FormEvent } from 'react';
import { LanguageSwitch } from '../components/layout';
import { useI18n } from '../i18n';
import { useSession } from '../session';
import { ErrorNotice, useAction } from '../ui';

export function LoginPage() {
  const { t } = useI18n();
  const { signIn } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const { busy, error, run } = useAction();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await run(() => signIn(username.trim(), password));
  };

  return (
    <main id="main" className="login">
      <div className="login-card">
        <div className="login-top">
          <span className="brand-mark" aria-hidden="true">
            HTX
          </span>
          <LanguageSwitch />
        </div>
        <h1>{t('Đăng nhập', 'Sign in')}</h1>
        <p className="muted">
          {t(
            'Hệ thống quản lý vòng đời pháp lý của hợp tác xã, dành cho cán bộ cơ quan đăng ký.',
            'The legal lifecycle of cooperatives, for the officers of the registration authorities.',
          )}
        </p>
        <form onSubmit={(event) => void submit(event)}>
          <label htmlFor="username">{t('Tên đăng nhập', 'Username')}</label>
          <input
            id="username"
            name="username"
            autoComplete="username"
            required
            value={username}
            onChange={(event) => setUsername(event.target.value)}
          />
          <label htmlFor="password">{t('Mật khẩu', 'Password')}</label>
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
          <ErrorNotice error={error} />
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('Đang đăng nhập…', 'Signing in…') : t('Đăng nhập', 'Sign in')}
          </button>
        </form>
      </div>
    </main>
  );
}
