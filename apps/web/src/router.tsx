import { useEffect, useState, type AnchorHTMLAttributes, type MouseEvent } from 'react';

/** Where the api serves the app; every route below is relative to it. */
export const BASE = '/app';
const CHANGE = 'htx:navigate';

const currentPath = () => {
  const path = window.location.pathname.startsWith(BASE) ? window.location.pathname.slice(BASE.length) : '/';
  return path === '' ? '/' : path;
};

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  const url = `${BASE}${to}`;
  if (options.replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  window.dispatchEvent(new Event(CHANGE));
  window.scrollTo(0, 0);
}

/** The path within the app and its query, kept in step with the address bar. */
export function useLocation(): { path: string; query: URLSearchParams } {
  const [location, setLocation] = useState(() => ({
    path: currentPath(),
    query: new URLSearchParams(window.location.search),
  }));
  useEffect(() => {
    const update = () => setLocation({ path: currentPath(), query: new URLSearchParams(window.location.search) });
    window.addEventListener('popstate', update);
    window.addEventListener(CHANGE, update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener(CHANGE, update);
    };
  }, []);
  return location;
}

/** Matches "/cooperatives/:id" against a path; the named parts, or null. */
export function match(pattern: string, path: string): Record<string, string> | null {
  const parts = pattern.split('/');
  const actual = path.split('/');
  if (parts.length !== actual.length) return null;
  const params: Record<string, string> = {};
  for (let index = 0; index < parts.length; index++) {
    if (parts[index].startsWith(':')) params[parts[index].slice(1)] = decodeURIComponent(actual[index]);
    else if (parts[index] !== actual[index]) return null;
  }
  return params;
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string };

/** A real link (open in a new tab works) that moves within the app without reloading it. */
export function Link({ to, onClick, ...rest }: LinkProps) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    navigate(to);
  };
  return <a href={`${BASE}${to}`} onClick={follow} {...rest} />;
}
