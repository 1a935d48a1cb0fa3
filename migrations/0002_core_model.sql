-- Core model: the provider network, members, Recovery Plans and authorizations.
--
-- Ids are text (uuids made by the application). `ref` is the sender's stable key from the import format, so a
-- folder can be re-imported without duplicates. Program, service, provider type and fidelity level columns hold
-- policy pack ids; the pack, not the schema, says which exist.
--
-- Citus path: tables owned by a member carry member_id (the distribution column) and their business keys include
-- it; organization-owned tables carry organization_id. Under Citus the member-owned primary keys become
-- (member_id, id) and the global lookups (members.ref, members.medicaid_id) move to a reference table.

-- ── Network ────────────────────────────────────────────────────────────────────────────────────────────────

create table organizations (
  id text primary key,
  ref text not null unique,
  name text not null,
  -- URL- and e-mail-safe handle, stable once given (directory links, demo account addresses).
  slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  npi text not null check (npi ~ '^[0-9]{10}$'),
  tax_id text,
  phone text,
  email text,
  website text,
  accepting_new_clients boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index organizations_name on organizations (lower(name) text_pattern_ops);
create index organizations_npi on organizations (npi);

-- Enrollment of an organization in a program as a provider type, with its certification state.
create table organization_enrollments (
  id text primary key,
  organization_id text not null references organizations(id) on delete cascade,
  program text not null,
  provider_type text not null,
  from_date date not null,
  to_date date,
  status text not null check (status in ('pending', 'active', 'provisional', 'lapsed', 'terminated')),
  certified_through date,
  last_verified_on date,
  check (to_date is null or to_date >= from_date)
);
create index organization_enrollments_organization on organization_enrollments (organization_id);
create index organization_enrollments_program on organization_enrollments (program, provider_type);

create table sites (
  id text primary key,
  ref text not null unique,
  organization_id text not null references organizations(id),
  name text not null,
  county text not null,
  address_line1 text not null,
  address_line2 text,
  city text not null,
  state text not null,
  zip text not null,
  phone text,
  -- CMS place-of-service code (11 office, 12 home …).
  place_of_service text check (place_of_service ~ '^[0-9]{2}$'),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index sites_organization on sites (organization_id);
create index sites_county on sites (county);

create table teams (
  id text primary key,
  ref text not null unique,
  organization_id text not null references organizations(id),
  site_id text references sites(id),
  program text not null,
  name text not null,
  size_band text not null check (size_band in ('small', 'large')),
  start_date date not null,
  caseload_cap integer check (caseload_cap > 0),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index teams_organization on teams (organization_id);
create index teams_program on teams (program);

create table team_fidelity (
  id text primary key,
  team_id text not null references teams(id) on delete cascade,
  organization_id text not null references organizations(id),
  level text not null,
  from_date date not null,
  to_date date,
  overall_score numeric(3, 2) check (overall_score between 1 and 5),
  check (to_date is null or to_date >= from_date)
);
create index team_fidelity_team on team_fidelity (team_id, from_date);

create table staff (
  id text primary key,
  ref text not null unique,
  organization_id text not null references organizations(id),
  team_id text references teams(id),
  first_name text not null,
  last_name text not null,
  npi text check (npi ~ '^[0-9]{10}$'),
  role text not null,
  degree text check (degree in ('none', 'high-school', 'associate', 'bachelor', 'master', 'doctoral')),
  birth_date date,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index staff_organization on staff (organization_id, lower(last_name));
create index staff_team on staff (team_id);

create table staff_credentials (
  id text primary key,
  staff_id text not null references staff(id) on delete cascade,
  organization_id text not null references organizations(id),
  kind text not null check (kind in ('license', 'certification', 'background-check', 'training', 'degree', 'driver-license')),
  name text not null,
  number text,
  issuer text,
  from_date date not null,
  to_date date,
  check (to_date is null or to_date >= from_date)
);
create index staff_credentials_staff on staff_credentials (staff_id);

-- Provider staff belong to a real organization.
alter table users add constraint users_organization foreign key (organization_id) references organizations(id);

-- ── Members ────────────────────────────────────────────────────────────────────────────────────────────────

create table members (
  id text primary key,
  ref text not null unique,
  medicaid_id text not null unique,
  first_name text not null,
  last_name text not null,
  birth_date date not null,
  sex text not null check (sex in ('F', 'M', 'X', 'U')),
  county text not null,
  address_line1 text,
  address_line2 text,
  city text,
  state text,
  zip text,
  phone text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
-- Search is by name prefix (any word) or exact id; these serve it without a trigram extension.
create index members_last_name on members (lower(last_name) text_pattern_ops);
create index members_first_name on members (lower(first_name) text_pattern_ops);
create index members_county on members (county);

create table eligibility_spans (
  id text primary key,
  member_id text not null references members(id) on delete cascade,
  program text not null,
  category text,
  from_date date not null,
  to_date date,
  check (to_date is null or to_date >= from_date)
);
create index eligibility_spans_member on eligibility_spans (member_id, from_date);

-- Enrollment in a program with the organization responsible (clinical home, ACT/ICM team, residential provider).
create table program_enrollments (
  id text primary key,
  member_id text not null references members(id) on delete cascade,
  program text not null,
  organization_id text not null references organizations(id),
  team_id text references teams(id),
  from_date date not null,
  to_date date,
  check (to_date is null or to_date >= from_date)
);
create index program_enrollments_member on program_enrollments (member_id, from_date);
-- Organization scope and caseload counts read these two.
create index program_enrollments_organization on program_enrollments (organization_id, member_id);
create index program_enrollments_team on program_enrollments (team_id, to_date);

-- Care manager assignments as history; the open one (to_date null) is the current care manager.
create table care_manager_assignments (
  id text primary key,
  member_id text not null references members(id) on delete cascade,
  staff_id text not null references staff(id),
  from_date date not null,
  to_date date,
  check (to_date is null or to_date >= from_date)
);
create unique index care_manager_assignments_open on care_manager_assignments (member_id) where to_date is null;
create index care_manager_assignments_staff on care_manager_assignments (staff_id);

-- ── Recovery Plans ─────────────────────────────────────────────────────────────────────────────────────────

create table recovery_plans (
  id text primary key,
  member_id text not null references members(id) on delete cascade,
  ref text not null,
  program text not null,
  from_date date not null,
  to_date date,
  status text not null check (status in ('draft', 'active', 'superseded', 'closed')),
  signed_on date,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (member_id, ref),
  check (to_date is null or to_date >= from_date)
);
create index recovery_plans_ref on recovery_plans (ref);

-- A service on a plan: who delivers it, when, and how often and how much.
create table plan_lines (
  id text primary key,
  plan_id text not null references recovery_plans(id) on delete cascade,
  member_id text not null references members(id) on delete cascade,
  organization_id text not null references organizations(id),
  service text not null,
  code text,
  from_date date not null,
  to_date date,
  frequency text not null check (frequency in ('day', 'week', 'month', 'year', 'plan')),
  amount numeric(12, 2) not null check (amount > 0),
  unit text not null,
  status text not null default 'active' check (status in ('proposed', 'active', 'discontinued')),
  check (to_date is null or to_date >= from_date)
);
create index plan_lines_plan on plan_lines (plan_id);
create index plan_lines_organization on plan_lines (organization_id, member_id);

-- ── Authorizations ─────────────────────────────────────────────────────────────────────────────────────────

create table authorizations (
  id text primary key,
  member_id text not null references members(id) on delete cascade,
  ref text not null,
  organization_id text not null references organizations(id),
  program text not null,
  service text not null,
  code text,
  mode text not null check (mode in ('registration', 'prior-authorization', 'prior-approval')),
  units numeric(12, 2) not null check (units > 0),
  units_used numeric(12, 2) not null default 0 check (units_used >= 0),
  from_date date not null,
  to_date date,
  status text not null check (status in ('requested', 'pended', 'approved', 'partially-approved', 'denied', 'expired', 'cancelled')),
  decided_on date,
  requested_by text,
  decided_by text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (member_id, ref),
  check (to_date is null or to_date >= from_date)
);
create index authorizations_member on authorizations (member_id, from_date);
create index authorizations_organization on authorizations (organization_id, member_id);
create index authorizations_status on authorizations (status, from_date);
create index authorizations_ref on authorizations (ref);
