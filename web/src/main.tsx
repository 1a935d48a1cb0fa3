import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import 'mantine-datatable/styles.css';

import { Badge, createTheme, MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AuthProvider, meQueryKey } from './platform/auth.tsx';
import { isProblem } from './platform/fetch-json.ts';
import { router } from './routes.tsx';

const theme = createTheme({
  primaryColor: 'blue',
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  // Badges carry codes and citations: never clip them to an ellipsis inside narrow table cells.
  components: { Badge: Badge.extend({ styles: { root: { minWidth: 'max-content' } } }) },
});

// A 401 from any data request means the session ended: forget the user, and the guard sends them to sign-in.
const onError = (error: unknown, queryKey?: readonly unknown[]) => {
  if (isProblem(error, 401) && queryKey?.[0] !== 'auth') queryClient.setQueryData(meQueryKey, null);
};
const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: (error, query) => onError(error, query.queryKey) }),
  mutationCache: new MutationCache({ onError: (error) => onError(error) }),
  defaultOptions: {
    queries: {
      // Client errors (404 out of scope, 400 bad filter) will not change on retry.
      retry: (failures, error) => !(isProblem(error) && error.status >= 400 && error.status < 500) && failures < 2,
      refetchOnWindowFocus: false,
      staleTime: 30_000,
    },
  },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme} defaultColorScheme="light">
      <Notifications />
      <QueryClientProvider client={queryClient}>
        <AuthProvider>
          <RouterProvider router={router} />
        </AuthProvider>
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
