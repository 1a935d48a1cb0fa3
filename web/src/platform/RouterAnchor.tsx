import { Anchor, type AnchorProps } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';

/** A Mantine anchor that navigates inside the app (client-side, deep-linkable `href`). */
export function RouterAnchor({ to, children, ...props }: AnchorProps & { to: string; children: ReactNode; 'data-testid'?: string }) {
  return <Anchor component={Link} to={to} {...props}>{children}</Anchor>;
}
