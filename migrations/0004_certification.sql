-- Certification applications, their checklist items, documents, named staff and history; re-verification notices.
-- Owned by src/network/certification (docs/certification.md).

create table certification_applications (
  id text primary key,
  organization_id text not null references organizations(id),
  program text not null,
  provider_type text not null,
  -- Which `when` requirements apply: e.g. 'interim certification', 'not accredited'.
  -- Clients the applicant expects to serve (staffing ratios are judged against it).
  projected_clients integer check (projected_clients is null or projected_clients >= 0),
  application_kinds jsonb not null default '[]'::jsonb,
  status text not null check (status in ('draft', 'submitted', 'needs-info', 'approved', 'provisional', 'denied')),
  submitted_at timestamptz,
  decided_at timestamptz,
  decided_by text,
  decision_reasons jsonb not null default '[]'::jsonb,
  decision_conditions jsonb not null default '[]'::jsonb,
  certified_from date,
  certified_through date,
  -- The enrollment the decision wrote (no foreign key: an organization edit may replace its enrollment rows).
  enrollment_id text,
  letter bytea,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (certified_through is null or certified_from is null or certified_through >= certified_from)
);
create index certification_applications_organization on certification_applications (organization_id);
create index certification_applications_status on certification_applications (status, submitted_at);

create table certification_application_items (
  id text primary key,
  application_id text not null references certification_applications(id) on delete cascade,
  organization_id text not null references organizations(id),
  -- 'requirement' or 'role'; requirement_id is the pack's id of the requirement or role.
  item_kind text not null check (item_kind in ('requirement', 'role')),
  requirement_id text not null,
  kind text not null,
  text text not null,
  position integer not null,
  status text not null check (status in ('pending', 'met', 'not-met', 'needs-info', 'waived')),
  provider_note text,
  reviewer_note text,
  -- System findings of the automatic checks (check-*.ts), as the reviewer sees them.
  findings jsonb not null default '[]'::jsonb,
  unique (application_id, item_kind, requirement_id)
);
create index certification_application_items_application on certification_application_items (application_id);

create table certification_application_documents (
  id text primary key,
  application_id text not null references certification_applications(id) on delete cascade,
  organization_id text not null references organizations(id),
  item_id text references certification_application_items(id) on delete set null,
  name text not null,
  content_type text not null,
  size integer not null check (size >= 0),
  sha256 text not null,
  content bytea not null,
  uploaded_by text not null,
  uploaded_at timestamptz not null default now()
);
create index certification_application_documents_application on certification_application_documents (application_id);

create table certification_application_staff (
  id text primary key,
  application_id text not null references certification_applications(id) on delete cascade,
  organization_id text not null references organizations(id),
  role_id text not null,
  staff_id text not null references staff(id),
  fte numeric(4,2) check (fte is null or fte >= 0),
  hours_per_week numeric(5,2) check (hours_per_week is null or hours_per_week >= 0),
  unique (application_id, role_id, staff_id)
);
create index certification_application_staff_application on certification_application_staff (application_id);

create table certification_application_events (
  id text primary key,
  application_id text not null references certification_applications(id) on delete cascade,
  organization_id text not null references organizations(id),
  at timestamptz not null default now(),
  actor_user_id text not null,
  actor_name text not null,
  action text not null,
  note text,
  detail jsonb
);
create index certification_application_events_application on certification_application_events (application_id, at);

-- Warnings and lapses the re-verification job records; one per enrollment, kind and due date (the job is idempotent).
create table certification_notices (
  id text primary key,
  enrollment_id text not null references organization_enrollments(id) on delete cascade,
  organization_id text not null references organizations(id),
  kind text not null check (kind in ('due-in-60-days', 'due-in-30-days', 'lapsed')),
  due_on date not null,
  recorded_on date not null,
  unique (enrollment_id, kind, due_on)
);
create index certification_notices_organization on certification_notices (organization_id);
