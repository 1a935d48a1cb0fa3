import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/index.js';
import type { Role } from './caller.js';
import { hashPassword } from './passwords.js';
import { users } from './tables.js';

export interface NewUser { email: string; name: string; role: Role; organizationId?: string | null; password: string }

/** Creates an account (or resets the password and role of an existing one with the same email). */
export async function upsertUser(db: Db, user: NewUser): Promise<string> {
  const passwordHash = await hashPassword(user.password);
  const id = randomUUID();
  const [row] = await db.insert(users).values({
    id, email: user.email.toLowerCase(), name: user.name, role: user.role,
    organizationId: user.organizationId ?? null, passwordHash, active: true, createdAt: new Date(),
  }).onConflictDoUpdate({
    target: users.email,
    set: { name: user.name, role: user.role, organizationId: user.organizationId ?? null, passwordHash },
  }).returning({ id: users.id });
  return row!.id;
}

export async function findUserByEmail(db: Db, email: string) {
  const [row] = await db.select().from(users).where(eq(users.email, email.toLowerCase()));
  return row ?? null;
}

export async function countUsers(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<string>`count(*)` }).from(users);
  return Number(row?.n ?? 0);
}
