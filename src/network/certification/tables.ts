import { customType, integer, jsonb, numeric, pgTable, text, timestamp, date } from 'drizzle-orm/pg-core';

// Column shapes only; keys, checks and indexes live in migrations/0004_certification.sql.
const day = (name: string) => date(name, { mode: 'string' });
const stamp = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });
/** bytea as a Node Buffer on both drivers (PGlite hands back a Uint8Array). */
const bytes = customType<{ data: Buffer; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
  toDriver: (value) => value,
});

export const certificationApplications = pgTable('certification_applications', {
  id: text('id').primaryKey(),
  organizationId: text('organization_id').notNull(),
  program: text('program').notNull(),
  providerType: text('provider_type').notNull(),
  projectedClients: integer('projected_clients'),
  applicationKinds: jsonb('application_kinds').$type<string[]>().notNull(),
  status: text('status').notNull(),
  submittedAt: stamp('submitted_at'),
  decidedAt: stamp('decided_at'),
  decidedBy: text('decided_by'),
  decisionReasons: jsonb('decision_reasons').$type<string[]>().notNull(),
  decisionConditions: jsonb('decision_conditions').$type<string[]>().notNull(),
  certifiedFrom: day('certified_from'),
  certifiedThrough: day('certified_through'),
  enrollmentId: text('enrollment_id'),
  letter: bytes('letter'),
  createdAt: stamp('created_at').notNull().defaultNow(),
  updatedAt: stamp('updated_at').notNull().defaultNow(),
});

export const certificationApplicationItems = pgTable('certification_application_items', {
  id: text('id').primaryKey(),
  applicationId: text('application_id').notNull(),
  organizationId: text('organization_id').notNull(),
  itemKind: text('item_kind').notNull(),
  requirementId: text('requirement_id').notNull(),
  kind: text('kind').notNull(),
  text: text('text').notNull(),
  position: integer('position').notNull(),
  status: text('status').notNull(),
  providerNote: text('provider_note'),
  reviewerNote: text('reviewer_note'),
  findings: jsonb('findings').$type<unknown[]>().notNull(),
});

export const certificationApplicationDocuments = pgTable('certification_application_documents', {
  id: text('id').primaryKey(),
  applicationId: text('application_id').notNull(),
  organizationId: text('organization_id').notNull(),
  itemId: text('item_id'),
  name: text('name').notNull(),
  contentType: text('content_type').notNull(),
  size: integer('size').notNull(),
  sha256: text('sha256').notNull(),
  content: bytes('content').notNull(),
  uploadedBy: text('uploaded_by').notNull(),
  uploadedAt: stamp('uploaded_at').notNull().defaultNow(),
});

export const certificationApplicationStaff = pgTable('certification_application_staff', {
  id: text('id').primaryKey(),
  applicationId: text('application_id').notNull(),
  organizationId: text('organization_id').notNull(),
  roleId: text('role_id').notNull(),
  staffId: text('staff_id').notNull(),
  fte: numeric('fte', { precision: 4, scale: 2, mode: 'number' }),
  hoursPerWeek: numeric('hours_per_week', { precision: 5, scale: 2, mode: 'number' }),
});

export const certificationApplicationEvents = pgTable('certification_application_events', {
  id: text('id').primaryKey(),
  applicationId: text('application_id').notNull(),
  organizationId: text('organization_id').notNull(),
  at: stamp('at').notNull().defaultNow(),
  actorUserId: text('actor_user_id').notNull(),
  actorName: text('actor_name').notNull(),
  action: text('action').notNull(),
  note: text('note'),
  detail: jsonb('detail').$type<Record<string, unknown>>(),
});

export const certificationNotices = pgTable('certification_notices', {
  id: text('id').primaryKey(),
  enrollmentId: text('enrollment_id').notNull(),
  organizationId: text('organization_id').notNull(),
  kind: text('kind').notNull(),
  dueOn: day('due_on').notNull(),
  recordedOn: day('recorded_on').notNull(),
});
