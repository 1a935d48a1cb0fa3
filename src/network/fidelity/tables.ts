import { date, integer, jsonb, numeric, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

// Column shapes only; keys, checks and indexes live in migrations/0005_fidelity_directory.sql.
const day = (name: string) => date(name, { mode: 'string' });
const stamp = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });

/** A team's fidelity review: a full review (closed when recorded) or an information request (open: billing pends). */
export const fidelityReviews = pgTable('fidelity_reviews', {
  id: text('id').primaryKey(),
  teamId: text('team_id').notNull(),
  organizationId: text('organization_id').notNull(),
  instrument: text('instrument').notNull(),
  kind: text('kind').$type<'full' | 'information-request'>().notNull(),
  requestedOn: day('requested_on').notNull(),
  closedOn: day('closed_on'),
  heldLevel: text('held_level'),
  outcomeLevel: text('outcome_level'),
  overallScore: numeric('overall_score', { precision: 3, scale: 2, mode: 'number' }),
  scores: jsonb('scores').$type<Record<string, number>>().notNull(),
  belowFloorOn: day('below_floor_on'),
  curedOn: day('cured_on'),
  note: text('note'),
  createdBy: text('created_by'),
  createdAt: stamp('created_at').notNull().defaultNow(),
  closedBy: text('closed_by'),
});

/** An organization's program rated on an item scale (Supported Employment), with its total and band. */
export const scaleReviews = pgTable('scale_reviews', {
  id: text('id').primaryKey(),
  organizationId: text('organization_id').notNull(),
  program: text('program').notNull(),
  scale: text('scale').notNull(),
  reviewedOn: day('reviewed_on').notNull(),
  ratings: jsonb('ratings').$type<Record<string, number>>().notNull(),
  total: integer('total').notNull(),
  band: text('band').notNull(),
  note: text('note'),
  createdBy: text('created_by'),
  createdAt: stamp('created_at').notNull().defaultNow(),
});
