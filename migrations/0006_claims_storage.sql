-- Narrower claim lines, for bulk adjudication speed, and the facts the 837 now carries.
--
-- The explanation trace was a JSON array of one step per edit (about a kilobyte a line). Every line runs the same
-- ordered list of edits, so the list is stored once here and a line keeps `<edit set id>:<0/1 per step>`; the
-- findings column already holds what each edit found. Traces stored before this migration stay readable as JSON text.
create table claim_edit_sets (
  id text primary key,
  edits text[] not null,
  created_at timestamptz not null default now()
);
alter table claim_lines alter column trace drop default;
alter table claim_lines alter column trace type text using trace::text;
alter table claim_lines alter column trace set default '';

-- Members in a group service and residents in the home, as billed (group-size edits, pricing by group or home size).
alter table claim_lines add column group_size integer;
alter table claim_lines add column residents integer;

-- An authorization of units past a limit (authorization.yaml `when: { beyondLimit }`): the limits.yaml id it lifts.
-- The claims engine pays a line past that limit from such an authorization, and uses it for nothing else.
alter table authorizations add column beyond_limit text;

-- The remittance document is read whole and never queried inside: plain json stores a payment cycle's hundred
-- thousand lines without jsonb's parse and re-encode.
alter table remittances alter column document type json using document::json;

-- The unique (claim_id, line_number) index already serves lookups by claim; a second index on claim_id only cost
-- every line insert.
drop index if exists claim_lines_claim;
