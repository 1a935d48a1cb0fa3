-- Platform: accounts, sessions and the append-only audit log.

create table users (
  id text primary key,
  email text not null unique,
  name text not null,
  role text not null check (role in ('state-admin', 'aso-reviewer', 'care-manager', 'provider-staff', 'auditor')),
  -- Provider staff are bound to one organization; state and ASO roles see across organizations.
  organization_id text,
  password_hash text not null,
  active boolean not null default true,
  created_at timestamptz not null default now(),
  check ((role = 'provider-staff') = (organization_id is not null))
);

create table sessions (
  -- The cookie carries a random token; only its SHA-256 is stored, so a leaked table opens no session.
  token_hash text primary key,
  user_id text not null references users(id),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  ip text
);
create index sessions_user on sessions (user_id);

create table audit_events (
  id bigserial primary key,
  at timestamptz not null default now(),
  actor_user_id text,
  actor_role text not null,
  actor_organization_id text,
  action text not null,
  entity text not null,
  entity_id text,
  member_id text,
  ip text,
  detail jsonb
);
create index audit_events_member on audit_events (member_id, at);
create index audit_events_entity on audit_events (entity, entity_id, at);

-- Append-only: the audit log can be read and added to, never changed.
create function audit_events_immutable() returns trigger language plpgsql as $$
begin
  raise exception 'audit_events is append-only';
end $$;
create trigger audit_events_no_update before update or delete on audit_events
  for each row execute function audit_events_immutable();
