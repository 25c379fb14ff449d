/**
 * The signed-in staff member in the browser: `useMe()`, `<RequireStaff>` (sends people to /dang-nhap and back),
 * logging out, permission checks for menus and buttons. Any staff area (admin, desk, hotline, reports) wraps its
 * pages in <RequireStaff> and reads the user with useCurrentStaff().
 */
import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Result, Spin } from 'antd';
import type { Actor, Permission } from '../../../src/domain/org/roles.js';
import { authApi } from '../../../src/contracts/auth-api.js';
import { ApiError } from './api.js';
import { call, type Answer } from './client.js';
import { LOGIN_PATH, loginUrl } from './auth-paths.js';

export type Me = Answer<typeof authApi.me>;

export const ME_KEY = ['auth', 'me'] as const;
export { LOGIN_PATH, loginUrl, safeNext } from './auth-paths.js';

export function useMe() {
  return useQuery({
    queryKey: ME_KEY,
    queryFn: () => call(authApi.me),
    retry: false,
    staleTime: 60_000,
  });
}

export const hasPermission = (me: Pick<Me, 'permissions'>, p: Permission | null | undefined) =>
  !p || me.permissions.includes(p);

/** An Actor (for can()/canGrant()) from the user and the unit paths the browser knows. */
export function actorFromMe(me: Me, pathOf: (unitId: string) => string[]): Actor {
  return {
    id: me.id,
    username: me.username,
    fullName: me.fullName,
    roles: me.roles.map((r) => ({ role: r.role, unitId: r.unitId, unitPath: pathOf(r.unitId) })),
  };
}

const MeContext = createContext<Me | null>(null);

export function useCurrentStaff(): Me {
  const me = useContext(MeContext);
  if (!me) throw new Error('useCurrentStaff outside <RequireStaff>');
  return me;
}

const isUnauthenticated = (e: unknown) => e instanceof ApiError && e.status === 401;

/** Renders children for a signed-in staff member; otherwise goes to the login page and comes back after. */
export function RequireStaff({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const here = location.pathname + location.search;

  // Any API call answering 401 (the session ended) sends the person to log in again.
  useEffect(() => {
    const onError = (error: unknown) => {
      if (isUnauthenticated(error)) void navigate(loginUrl(here), { replace: true });
    };
    const q = queryClient.getQueryCache().subscribe((e) => {
      if (e.type === 'updated' && e.action.type === 'error') onError(e.action.error);
    });
    const m = queryClient.getMutationCache().subscribe((e) => {
      if (e.type === 'updated' && e.action.type === 'error') onError(e.action.error);
    });
    return () => {
      q();
      m();
    };
  }, [queryClient, navigate, here]);

  if (me.isPending) return <Spin size="large" style={{ display: 'block', margin: '20vh auto' }} />;
  if (me.isError) {
    if (isUnauthenticated(me.error)) return <Navigate to={loginUrl(here)} replace />;
    return (
      <main>
        <Result
          status="error"
          title="Không tải được thông tin tài khoản"
          subTitle={me.error.message}
          extra={<Button onClick={() => void me.refetch()}>Thử lại</Button>}
        />
      </main>
    );
  }
  return <MeContext.Provider value={me.data}>{children}</MeContext.Provider>;
}

export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => call(authApi.logout),
    onSettled: () => {
      queryClient.clear();
      void navigate(LOGIN_PATH, { replace: true });
    },
  });
}
