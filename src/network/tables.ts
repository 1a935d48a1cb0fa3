import { boolean, date, integer, numeric, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

// Column shapes only; keys, checks and indexes live in migrations/0002_core_model.sql.
const day = (name: string) => date(name, { mode: 'string' });
const stamp = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });

export const organizations = pgTable('organizations', {
  id: text('id').primaryKey(),
  ref: text('ref').notNull(),
  name: text('name').notNull(),
  slug: text('slug').notNull(),
  npi: text('npi').notNull(),
  taxId: text('tax_id'),
  phone: text('phone'),
  email: text('email'),
  website: text('website'),
  acceptingNewClients: boolean('accepting_new_clients').notNull().default(true),
  createdAt: stamp('created_at').notNull().defaultNow(),
  updatedAt: stamp('updated_at').notNull().defaultNow(),
});

export const organizationEnrollments = pgTable('organization_enrollments', {
  id: text('id').primaryKey(),
  organizationId: text('organization_id').notNull(),
  program: text('program').notNull(),
  providerType: text('provider_type').notNull(),
  fromDate: day('from_date').notNull(),
  toDate: day('to_date'),
  status: text('status').notNull(),
  certifiedThrough: day('certified_through'),
  lastVerifiedOn: day('last_verified_on'),
});

export const sites = pgTable('sites', {
  id: text('id').primaryKey(),
  ref: text('ref').notNull(),
  organizationId: text('organization_id').notNull(),
  name: text('name').notNull(),
  county: text('county').notNull(),
  addressLine1: text('address_line1').notNull(),
  addressLine2: text('address_line2'),
  city: text('city').notNull(),
  state: text('state').notNull(),
  zip: text('zip').notNull(),
  phone: text('phone'),
  placeOfService: text('place_of_service'),
  createdAt: stamp('created_at').notNull().defaultNow(),
  updatedAt: stamp('updated_at').notNull().defaultNow(),
});

export const teams = pgTable('teams', {
  id: text('id').primaryKey(),
  ref: text('ref').notNull(),
  organizationId: text('organization_id').notNull(),
  siteId: text('site_id'),
  program: text('program').notNull(),
  name: text('name').notNull(),
  sizeBand: text('size_band').notNull(),
  startDate: day('start_date').notNull(),
  caseloadCap: integer('caseload_cap'),
  createdAt: stamp('created_at').notNull().defaultNow(),
  updatedAt: stamp('updated_at').notNull().defaultNow(),
});

export const teamFidelity = pgTable('team_fidelity', {
  id: text('id').primaryKey(),
  teamId: text('team_id').notNull(),
  organizationId: text('organization_id').notNull(),
  level: text('level').notNull(),
  fromDate: day('from_date').notNull(),
  toDate: day('to_date'),
  overallScore: numeric('overall_score', { precision: 3, scale: 2, mode: 'number' }),
});

export const staff = pgTable('staff', {
  id: text('id').primaryKey(),
  ref: text('ref').notNull(),
  organizationId: text('organization_id').notNull(),
  teamId: text('team_id'),
  firstName: text('first_name').notNull(),
  lastName: text('last_name').notNull(),
  npi: text('npi'),
  role: text('role').notNull(),
  degree: text('degree'),
  birthDate: day('birth_date'),
  createdAt: stamp('created_at').notNull().defaultNow(),
  updatedAt: stamp('updated_at').notNull().defaultNow(),
});

export const staffCredentials = pgTable('staff_credentials', {
  id: text('id').primaryKey(),
  staffId: text('staff_id').notNull(),
  organizationId: text('organization_id').notNull(),
  kind: text('kind').notNull(),
  name: text('name').notNull(),
  number: text('number'),
  issuer: text('issuer'),
  fromDate: day('from_date').notNull(),
  toDate: day('to_date'),
});
