import { Outlet, useLocation, useNavigate } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useAuth } from './auth.tsx';
import { LoadingState } from './States.tsx';

/** Pages below this need a signed-in user; a signed-out visitor goes to sign-in and comes back after. */
export function RequireSignIn() {
  const { user, isLoading, signedOutOnPurpose } = useAuth();
  const href = useLocation({ select: (l) => l.href });
  const navigate = useNavigate();
  const signedOut = !isLoading && !user;
  useEffect(() => {
    // While the router moves to /sign-in this guard may still render once with the new location: skip it.
    if (!signedOut || href.startsWith('/sign-in')) return;
    void navigate({ to: '/sign-in', search: (signedOutOnPurpose ? {} : { redirect: href }) as never, replace: !signedOutOnPurpose });
  }, [signedOut, signedOutOnPurpose, href, navigate]);
  if (isLoading) return <LoadingState label="Checking your session…" />;
  if (!user) return <LoadingState label="Redirecting to sign-in…" />;
  return <Outlet />;
}
