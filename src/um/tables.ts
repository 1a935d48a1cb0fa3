import { date, numeric, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

// Column shapes only; keys, checks and indexes live in migrations/0002_core_model.sql.
const day = (name: string) => date(name, { mode: 'string' });
const stamp = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });
// Units are counts with at most two decimals (hours); exact in the database, numbers in JSON.
const units = (name: string) => numeric(name, { precision: 12, scale: 2, mode: 'number' });

export const authorizations = pgTable('authorizations', {
  id: text('id').primaryKey(),
  memberId: text('member_id').notNull(),
  ref: text('ref').notNull(),
  organizationId: text('organization_id').notNull(),
  program: text('program').notNull(),
  service: text('service').notNull(),
  code: text('code'),
  /** limits.yaml id this authorization lifts (units past that limit), or null. */
  beyondLimit: text('beyond_limit'),
  mode: text('mode').notNull(),
  units: units('units').notNull(),
  unitsUsed: units('units_used').notNull().default(0),
  fromDate: day('from_date').notNull(),
  toDate: day('to_date'),
  status: text('status').notNull(),
  decidedOn: day('decided_on'),
  requestedBy: text('requested_by'),
  decidedBy: text('decided_by'),
  createdAt: stamp('created_at').notNull().defaultNow(),
  updatedAt: stamp('updated_at').notNull().defaultNow(),
});
