import { bigint, date, integer, json, jsonb, numeric, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

// Column shapes only; keys, checks and indexes live in migrations/0003_claims.sql. Money and units stay strings.
const day = (name: string) => date(name, { mode: 'string' });
const stamp = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });
const money = (name: string) => numeric(name, { precision: 14, scale: 2 });

export const interchanges = pgTable('interchanges', {
  id: text('id').primaryKey(),
  senderId: text('sender_id').notNull(),
  controlNumber: text('control_number').notNull(),
  receivedAt: stamp('received_at').notNull().defaultNow(),
  claimCount: integer('claim_count').notNull().default(0),
  ack999: text('ack_999'),
  results: jsonb('results'),
});

export const claims = pgTable('claims', {
  id: text('id').primaryKey(),
  program: text('program').notNull(),
  billingNpi: text('billing_npi').notNull(),
  submissionKey: text('submission_key').notNull(),
  patientControlNumber: text('patient_control_number').notNull(),
  frequency: text('frequency').notNull(),
  originalClaimId: text('original_claim_id'),
  memberId: text('member_id'),
  medicaidId: text('medicaid_id').notNull(),
  billingOrganizationId: text('billing_organization_id'),
  interchangeId: text('interchange_id'),
  receivedOn: day('received_on').notNull(),
  totalCharge: money('total_charge').notNull(),
  totalAllowed: money('total_allowed').notNull(),
  totalPaid: money('total_paid').notNull(),
  status: text('status').notNull(),
  createdAt: stamp('created_at').notNull().defaultNow(),
});

export const claimLines = pgTable('claim_lines', {
  id: text('id').primaryKey(),
  claimId: text('claim_id').notNull(),
  memberId: text('member_id'),
  billingOrganizationId: text('billing_organization_id'),
  lineNumber: integer('line_number').notNull(),
  serviceDate: day('service_date').notNull(),
  serviceDateTo: day('service_date_to'),
  code: text('code').notNull(),
  modifiers: text('modifiers').array().notNull(),
  units: numeric('units', { precision: 12, scale: 2 }).notNull(),
  minutes: integer('minutes'),
  placeOfService: text('place_of_service').notNull(),
  chargeAmount: money('charge_amount').notNull(),
  renderingNpi: text('rendering_npi'),
  renderingStaffId: text('rendering_staff_id'),
  status: text('status').notNull(),
  allowedAmount: money('allowed_amount').notNull(),
  paidAmount: money('paid_amount').notNull(),
  paidUnits: numeric('paid_units', { precision: 12, scale: 2 }).notNull(),
  codeId: text('code_id'),
  service: text('service'),
  rateId: text('rate_id'),
  findings: jsonb('findings').notNull(),
  /** `<edit set id>:<0/1 per step>` (stored-trace.ts); older rows hold the JSON trace as text. */
  trace: text('trace').notNull(),
  groupSize: integer('group_size'),
  residents: integer('residents'),
  remittanceId: text('remittance_id'),
});

export const claimEditSets = pgTable('claim_edit_sets', {
  id: text('id').primaryKey(),
  edits: text('edits').array().notNull(),
  createdAt: stamp('created_at').notNull().defaultNow(),
});

export const limitAccumulators = pgTable('limit_accumulators', {
  memberId: text('member_id').notNull(),
  limitId: text('limit_id').notNull(),
  periodKey: text('period_key').notNull(),
  amount: money('amount').notNull(),
  maxAmount: money('max_amount'),
});

export const consumptionMovements = pgTable('consumption_movements', {
  id: bigint('id', { mode: 'number' }).primaryKey(),
  memberId: text('member_id').notNull(),
  claimId: text('claim_id').notNull(),
  lineId: text('line_id').notNull(),
  kind: text('kind').notNull(),
  authorizationId: text('authorization_id'),
  limitId: text('limit_id'),
  periodKey: text('period_key'),
  amount: money('amount').notNull(),
  reversedBy: text('reversed_by'),
  at: stamp('at').notNull().defaultNow(),
});

export const paymentCycles = pgTable('payment_cycles', {
  id: text('id').primaryKey(),
  program: text('program'),
  runOn: day('run_on').notNull(),
  status: text('status').notNull(),
  lineCount: integer('line_count').notNull(),
  totalPaid: money('total_paid').notNull(),
  createdAt: stamp('created_at').notNull().defaultNow(),
});

export const remittances = pgTable('remittances', {
  id: text('id').primaryKey(),
  paymentCycleId: text('payment_cycle_id').notNull(),
  organizationId: text('organization_id').notNull(),
  payeeNpi: text('payee_npi').notNull(),
  claimCount: integer('claim_count').notNull(),
  lineCount: integer('line_count').notNull(),
  totalBilled: money('total_billed').notNull(),
  totalPaid: money('total_paid').notNull(),
  totalRecouped: money('total_recouped').notNull(),
  netPayment: money('net_payment').notNull(),
  document: json('document').notNull(),
  x12835: text('x12_835'),
  createdAt: stamp('created_at').notNull().defaultNow(),
});

export const recoupments = pgTable('recoupments', {
  id: text('id').primaryKey(),
  organizationId: text('organization_id').notNull(),
  memberId: text('member_id'),
  claimId: text('claim_id').notNull(),
  lineId: text('line_id').notNull(),
  byClaimId: text('by_claim_id').notNull(),
  amount: money('amount').notNull(),
  remittanceId: text('remittance_id'),
  createdAt: stamp('created_at').notNull().defaultNow(),
});
