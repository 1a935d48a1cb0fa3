-- Claims: intake (JSON and X12 837P), adjudicated lines with outcomes, the consumption ledger behind
-- authorization units and limit accumulators, payment cycles, remittances (835) and recoupments.
--
-- Citus path: claim_lines, limit_accumulators and consumption_movements carry member_id on every row (the
-- distribution column); no foreign key crosses members, so the tables distribute by member_id unchanged.
-- Claims are keyed by the billing provider's NPI + submission key (idempotency), not by a member.

-- An X12 interchange (ISA) received: re-sending the same file (same sender + control number) pays nothing twice.
create table interchanges (
  id text primary key,
  sender_id text not null,
  control_number text not null,
  received_at timestamptz not null default now(),
  claim_count integer not null default 0,
  -- The 999 acknowledgement sent back, and the per-claim results, so a re-send gets the same answer.
  ack_999 text,
  results jsonb,
  unique (sender_id, control_number)
);

create table claims (
  id text primary key,
  program text not null,
  -- Idempotency: one claim per (billing NPI, submission key).
  billing_npi text not null check (billing_npi ~ '^[0-9]{10}$'),
  submission_key text not null,
  patient_control_number text not null,
  frequency text not null check (frequency in ('1', '7', '8')),
  -- For 7 (replacement) and 8 (void): the claim it replaces or voids.
  original_claim_id text,
  member_id text,
  medicaid_id text not null,
  billing_organization_id text,
  interchange_id text,
  received_on date not null,
  total_charge numeric(14, 2) not null,
  total_allowed numeric(14, 2) not null default 0,
  total_paid numeric(14, 2) not null default 0,
  status text not null check (status in ('adjudicated', 'pended', 'voided', 'replaced', 'void-accepted', 'void-rejected')),
  created_at timestamptz not null default now(),
  unique (billing_npi, submission_key)
);
create index claims_member on claims (member_id, received_on desc);
create index claims_billing_organization on claims (billing_organization_id, received_on desc);
create index claims_patient_control_number on claims (patient_control_number);
create index claims_medicaid_id on claims (medicaid_id);
create index claims_status on claims (status, received_on desc);
create index claims_original on claims (original_claim_id) where original_claim_id is not null;

create table claim_lines (
  id text primary key,
  claim_id text not null,
  member_id text,
  billing_organization_id text,
  line_number integer not null,
  service_date date not null,
  service_date_to date,
  code text not null,
  modifiers text[] not null default '{}',
  units numeric(12, 2) not null,
  minutes integer,
  place_of_service text not null,
  charge_amount numeric(14, 2) not null,
  rendering_npi text,
  rendering_staff_id text,
  status text not null check (status in ('paid', 'reduced', 'denied', 'pended', 'voided', 'replaced', 'void')),
  allowed_amount numeric(14, 2) not null default 0,
  paid_amount numeric(14, 2) not null default 0,
  paid_units numeric(12, 2) not null default 0,
  code_id text,
  service text,
  rate_id text,
  findings jsonb not null default '[]',
  trace jsonb not null default '[]',
  -- Set when the line went out on a remittance.
  remittance_id text,
  unique (claim_id, line_number)
);
-- Member history (duplicates, limits, the claim history page) and the payment-cycle sweep.
create index claim_lines_member on claim_lines (member_id, service_date);
create index claim_lines_claim on claim_lines (claim_id);
create index claim_lines_unremitted on claim_lines (billing_organization_id) where remittance_id is null;

-- Running totals per member, limit and period (e.g. 'act-total-per-diems' / '2025-03'), guarded against overdraw.
create table limit_accumulators (
  member_id text not null,
  limit_id text not null,
  period_key text not null,
  amount numeric(14, 2) not null default 0 check (amount >= 0),
  max_amount numeric(14, 2),
  primary key (member_id, limit_id, period_key)
);

-- Every authorization-unit and accumulator movement, line by line, so a void reverses exactly what was consumed.
create table consumption_movements (
  id bigint generated always as identity primary key,
  member_id text not null,
  claim_id text not null,
  line_id text not null,
  kind text not null check (kind in ('authorization', 'limit')),
  authorization_id text,
  limit_id text,
  period_key text,
  amount numeric(14, 2) not null,
  -- For a reversal: the claim whose void or replacement reversed it.
  reversed_by text,
  at timestamptz not null default now()
);
create index consumption_movements_line on consumption_movements (member_id, line_id);
create index consumption_movements_claim on consumption_movements (claim_id);

create table payment_cycles (
  id text primary key,
  program text,
  run_on date not null,
  status text not null check (status in ('open', 'closed')),
  line_count integer not null default 0,
  total_paid numeric(14, 2) not null default 0,
  created_at timestamptz not null default now()
);

-- One remittance advice per payee (billing organization) per cycle.
create table remittances (
  id text primary key,
  payment_cycle_id text not null references payment_cycles(id),
  organization_id text not null,
  payee_npi text not null,
  claim_count integer not null,
  line_count integer not null,
  total_billed numeric(14, 2) not null,
  total_paid numeric(14, 2) not null,
  total_recouped numeric(14, 2) not null default 0,
  net_payment numeric(14, 2) not null,
  document jsonb not null,
  x12_835 text,
  created_at timestamptz not null default now()
);
create index remittances_organization on remittances (organization_id, created_at desc);
create index remittances_cycle on remittances (payment_cycle_id);

-- Money paid on a remitted line that a void or replacement took back; deducted (PLB) on the next remittance.
create table recoupments (
  id text primary key,
  organization_id text not null,
  member_id text,
  claim_id text not null,
  line_id text not null,
  by_claim_id text not null,
  amount numeric(14, 2) not null check (amount > 0),
  remittance_id text,
  created_at timestamptz not null default now(),
  unique (line_id)
);
create index recoupments_open on recoupments (organization_id) where remittance_id is null;
