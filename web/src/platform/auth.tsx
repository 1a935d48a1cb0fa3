import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchJson, isProblem } from './fetch-json.ts';

export type Role = 'state-admin' | 'aso-reviewer' | 'care-manager' | 'provider-staff' | 'auditor';

/** The signed-in user as `/api/v1/auth/me` returns it. */
export interface User {
  id: string;
  email: string;
  name: string;
  role: Role | string;
  organizationId?: string | null;
  organizationName?: string | null;
}

export const roleLabels: Record<string, string> = {
  'state-admin': 'State administrator',
  'aso-reviewer': 'ASO reviewer',
  'care-manager': 'Care manager',
  'provider-staff': 'Provider staff',
  auditor: 'Auditor',
};

export interface Auth {
  user: User | null;
  /** True until the first `/auth/me` answer arrives. */
  isLoading: boolean;
  /** True after the user pressed Sign out (so the guard does not offer to come back to the page). */
  signedOutOnPurpose: boolean;
  signIn: (email: string, password: string) => Promise<User>;
  signOut: () => Promise<void>;
}

const AuthContext = createContext<Auth | null>(null);
export const meQueryKey = ['auth', 'me'] as const;

/** Loads the session user once and offers sign-in and sign-out to every page. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [signedOutOnPurpose, setSignedOutOnPurpose] = useState(false);
  const me = useQuery({
    queryKey: meQueryKey,
    queryFn: async () => {
      try {
        const body = await fetchJson<{ user: User }>('/api/v1/auth/me');
        return body?.user ?? null;
      } catch (error) {
        if (isProblem(error, 401) || isProblem(error, 404)) return null;
        throw error;
      }
    },
    staleTime: 5 * 60_000,
    retry: false,
  });

  const login = useMutation({
    mutationFn: (credentials: { email: string; password: string }) =>
      fetchJson<{ user: User }>('/api/v1/auth/login', { method: 'POST', body: credentials }),
  });

  const signIn = useCallback(async (email: string, password: string) => {
    const { user } = await login.mutateAsync({ email, password });
    // Drop whatever another user's session had cached before showing this user's data.
    queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'auth' });
    queryClient.setQueryData(meQueryKey, user);
    setSignedOutOnPurpose(false);
    return user;
  }, [login, queryClient]);

  const signOut = useCallback(async () => {
    try {
      await fetchJson('/api/v1/auth/logout', { method: 'POST', body: {} });
    } finally {
      setSignedOutOnPurpose(true);
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'auth' });
      queryClient.setQueryData(meQueryKey, null);
    }
  }, [queryClient]);

  const value = useMemo<Auth>(() => ({
    // A failed /me (server down) counts as signed out; the sign-in page then shows the server's problem.
    user: me.data ?? null,
    isLoading: me.isPending,
    signedOutOnPurpose,
    signIn,
    signOut,
  }), [me.data, me.isPending, signedOutOnPurpose, signIn, signOut]);

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

/** The signed-in user and the sign-in/sign-out actions. */
export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth must be used inside <AuthProvider>');
  return auth;
}

/** Whether the role sees across organizations (state and ASO staff, auditors). */
export const seesAllOrganizations = (user: User | null) => !!user && user.role !== 'provider-staff';
