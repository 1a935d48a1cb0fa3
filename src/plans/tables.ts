import { date, numeric, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

// Column shapes only; keys, checks and indexes live in migrations/0002_core_model.sql.
const day = (name: string) => date(name, { mode: 'string' });
const stamp = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });

export const recoveryPlans = pgTable('recovery_plans', {
  id: text('id').primaryKey(),
  memberId: text('member_id').notNull(),
  ref: text('ref').notNull(),
  program: text('program').notNull(),
  fromDate: day('from_date').notNull(),
  toDate: day('to_date'),
  status: text('status').notNull(),
  signedOn: day('signed_on'),
  createdAt: stamp('created_at').notNull().defaultNow(),
  updatedAt: stamp('updated_at').notNull().defaultNow(),
});

export const planLines = pgTable('plan_lines', {
  id: text('id').primaryKey(),
  planId: text('plan_id').notNull(),
  memberId: text('member_id').notNull(),
  organizationId: text('organization_id').notNull(),
  service: text('service').notNull(),
  code: text('code'),
  fromDate: day('from_date').notNull(),
  toDate: day('to_date'),
  frequency: text('frequency').notNull(),
  // A quantity in `unit` (units, hours, visits, dollars): exact in the database, at most two decimals.
  amount: numeric('amount', { precision: 12, scale: 2, mode: 'number' }).notNull(),
  unit: text('unit').notNull(),
  status: text('status').notNull().default('active'),
});
