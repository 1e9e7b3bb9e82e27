import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, call, currentToken, setToken, whenSignedOut } from './api/client';
import type { User } from './api/shapes';

type Session = {
  /** undefined while the stored token is being checked; null when nobody is signed in. */
  readonly user: User | null | undefined;
  signIn: (username: string, password: string) => Promise<void>;
  signOut: () => void;
};

const SessionContext = createContext<Session | null>(null);

/** The signed-in officer: a bearer token kept for this browser tab only, and who it belongs to (GET /auth/me). */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null | undefined>(currentToken() ? undefined : null);

  useEffect(() => {
    whenSignedOut(() => setUser(null));
    if (!currentToken()) return;
    call(api.GET('/auth/me')).then(setUser, () => {
      setToken(null);
      setUser(null);
    });
  }, []);

  const signIn = useCallback(async (username: string, password: string) => {
    const answer = await call(api.POST('/auth/login', { body: { username, password } }));
    setToken(answer.accessToken);
    setUser(answer.user);
  }, []);

  const signOut = useCallback(() => {
    setToken(null);
    setUser(null);
  }, []);

  const value = useMemo(() => ({ user, signIn, signOut }), [user, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const context = useContext(SessionContext);
  if (!context) throw new Error('useSession outside SessionProvider');
  return context;
}

/** The signed-in user, for pages that render only when there is one. */
export function useUser(): User {
  const { user } = useSession();
  if (!user) throw new Error('useUser without a signed-in user');
  return user;
}
