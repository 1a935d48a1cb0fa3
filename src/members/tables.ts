import { date, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

// Column shapes only; keys, checks and indexes live in migrations/0002_core_model.sql.
const day = (name: string) => date(name, { mode: 'string' });
const stamp = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });

export const members = pgTable('members', {
  id: text('id').primaryKey(),
  ref: text('ref').notNull(),
  medicaidId: text('medicaid_id').notNull(),
  firstName: text('first_name').notNull(),
  lastName: text('last_name').notNull(),
  birthDate: day('birth_date').notNull(),
  sex: text('sex').notNull(),
  county: text('county').notNull(),
  addressLine1: text('address_line1'),
  addressLine2: text('address_line2'),
  city: text('city'),
  state: text('state'),
  zip: text('zip'),
  phone: text('phone'),
  createdAt: stamp('created_at').notNull().defaultNow(),
  updatedAt: stamp('updated_at').notNull().defaultNow(),
});

export const eligibilitySpans = pgTable('eligibility_spans', {
  id: text('id').primaryKey(),
  memberId: text('member_id').notNull(),
  program: text('program').notNull(),
  category: text('category'),
  fromDate: day('from_date').notNull(),
  toDate: day('to_date'),
});

export const programEnrollments = pgTable('program_enrollments', {
  id: text('id').primaryKey(),
  memberId: text('member_id').notNull(),
  program: text('program').notNull(),
  organizationId: text('organization_id').notNull(),
  teamId: text('team_id'),
  fromDate: day('from_date').notNull(),
  toDate: day('to_date'),
});

export const careManagerAssignments = pgTable('care_manager_assignments', {
  id: text('id').primaryKey(),
  memberId: text('member_id').notNull(),
  staffId: text('staff_id').notNull(),
  fromDate: day('from_date').notNull(),
  toDate: day('to_date'),
});
