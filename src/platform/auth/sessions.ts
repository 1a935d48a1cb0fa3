import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../db/index.js';
import type { Caller, Role } from './caller.js';
import { sessions, users } from './tables.js';

export const SESSION_COOKIE = 'openhcbs_session';

const digest = (token: string) => createHash('sha256').update(token).digest('hex');

/** Starts a session and returns the token for the cookie; only its hash is stored. */
export async function createSession(db: Db, userId: string, hours: number, ip?: string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.insert(sessions).values({
    tokenHash: digest(token), userId, ip: ip ?? null,
    createdAt: new Date(), expiresAt: new Date(Date.now() + hours * 3_600_000),
  });
  return token;
}

/** The caller a session token belongs to, or null when unknown, expired or the account is disabled. */
export async function callerForToken(db: Db, token: string, ip?: string): Promise<Caller | null> {
  const [row] = await db
    .select({ id: users.id, name: users.name, role: users.role, organizationId: users.organizationId })
    .from(sessions).innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, digest(token)), gt(sessions.expiresAt, sql`now()`), eq(users.active, true)));
  if (!row) return null;
  return { userId: row.id, name: row.name, role: row.role as Role, organizationId: row.organizationId, ip };
}

export async function endSession(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, digest(token)));
}
