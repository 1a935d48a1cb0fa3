-- Fidelity reviews (team programs rated on a fidelity instrument such as TMACT; organizations rated on an
-- item scale such as the Supported Employment scale) and the indexes the public provider directory searches by.
--
-- A fidelity review is either a full review (recorded when done: requested_on = closed_on, so it never pends
-- billing) or an information request, open from requested_on (billing pends from that day) until closed_on.
-- The claims engine reads (id, team_id, requested_on, closed_on) to pend and re-price lines.

create table fidelity_reviews (
  id text primary key,
  team_id text not null references teams(id) on delete cascade,
  organization_id text not null references organizations(id),
  instrument text not null,
  kind text not null check (kind in ('full', 'information-request')),
  requested_on date not null,
  closed_on date,
  -- The level the team held when the review opened, and the level it holds after it closed.
  held_level text,
  outcome_level text,
  overall_score numeric(3, 2) check (overall_score between 1 and 5),
  -- Per-metric scores by instrument subscale id, e.g. {"OS1": 3.5, "CT": 4.1}.
  scores jsonb not null default '{}'::jsonb,
  below_floor_on date,
  cured_on date,
  note text,
  created_by text,
  created_at timestamptz not null default now(),
  closed_by text,
  check (closed_on is null or closed_on >= requested_on),
  check (below_floor_on is null or below_floor_on >= requested_on),
  check (kind = 'information-request' or closed_on is not null)
);
create index fidelity_reviews_team on fidelity_reviews (team_id, requested_on);
create index fidelity_reviews_organization on fidelity_reviews (organization_id);
create index fidelity_reviews_open on fidelity_reviews (team_id) where closed_on is null;

create table scale_reviews (
  id text primary key,
  organization_id text not null references organizations(id),
  program text not null,
  scale text not null,
  reviewed_on date not null,
  -- Ratings by scale item id, e.g. {"staffing-1": 4}.
  ratings jsonb not null,
  total integer not null,
  band text not null,
  note text,
  created_by text,
  created_at timestamptz not null default now()
);
create index scale_reviews_organization on scale_reviews (organization_id, program, reviewed_on);

-- The directory lists organizations with an active or provisional enrollment (sites are indexed by county in 0002).
create index organization_enrollments_status on organization_enrollments (status, organization_id);
