import { Alert, Anchor, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, useState, type FormEvent } from 'react';
import { useAuth } from './auth.tsx';
import { ProblemAlert } from './ProblemAlert.tsx';
import { LoadingState } from './States.tsx';

/** Only same-site paths: `/members/12`, never `//evil.example` or a full URL. */
export function safeRedirect(value: unknown): string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/sign-in') ? value : '/';
}

/** Email and password; on success, the page the user wanted (`?redirect=`) or home. */
export function SignInPage() {
  const { user, isLoading, signIn } = useAuth();
  const search = useSearch({ strict: false }) as { redirect?: unknown };
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);
  const target = safeRedirect(search.redirect);

  // Already signed in (e.g. the back button): go where the user wanted.
  const alreadySignedIn = !!user && !submitting;
  useEffect(() => {
    if (alreadySignedIn) void navigate({ to: target, replace: true });
  }, [alreadySignedIn, target, navigate]);

  if (isLoading || alreadySignedIn) return <LoadingState label="Checking your session…" />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setSubmitting(true);
    try {
      await signIn(email.trim(), password);
      await navigate({ to: target, replace: true });
    } catch (e) {
      setError(e);
      setSubmitting(false);
    }
  }

  return (
    <Center mih="100vh" bg="gray.0" p="md">
      <Stack w={420} gap="md">
        <Stack gap={2} align="center">
          <Title order={2} c="blue.8">OpenHCBS</Title>
          <Text c="dimmed" size="sm">Behavioral-health HCBS administration</Text>
        </Stack>
        <Paper withBorder shadow="sm" p="xl" radius="md">
          <form onSubmit={submit} noValidate aria-label="Sign in">
            <Stack gap="md">
              <Title order={1} fz={22}>Sign in</Title>
              {target !== '/' && <Alert variant="light" color="blue">Sign in to continue to <Text span ff="monospace" size="sm">{target}</Text>.</Alert>}
              {error !== null && <ProblemAlert error={error} />}
              <TextInput
                label="Email" type="email" autoComplete="username" required withAsterisk={false} autoFocus
                value={email} onChange={(e) => setEmail(e.currentTarget.value)}
              />
              <PasswordInput
                label="Password" autoComplete="current-password" required withAsterisk={false}
                value={password} onChange={(e) => setPassword(e.currentTarget.value)}
              />
              <Button type="submit" loading={submitting} disabled={!email || !password} fullWidth>Sign in</Button>
            </Stack>
          </form>
        </Paper>
        <Text size="sm" c="dimmed" ta="center">
          The <Anchor component={Link} to="/catalog" size="sm">policy catalog and fee schedule</Anchor> are public.
        </Text>
      </Stack>
    </Center>
  );
}
