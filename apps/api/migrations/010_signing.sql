-- Sign-off (§ 7): a draft sent for signing is locked until it is sent or opened for changes again, which voids
-- the signatures given. The signatures themselves are in the document (`signatures`), as records of who signed
-- which content.
alter table applications add column signing_requested_at timestamptz;
alter table applications add column signing_requested_by jsonb;

-- Every saved version of a draft, with who saved it and which fields changed: the case page's «who changed what
-- and when», and nothing lost when two people save at once (the one not kept is stored with applied = false).
create table draft_revisions (
  id bigserial primary key,
  application_id uuid not null references applications (id),
  -- The draft's revision this one became, or, when not applied, the one it was based on.
  revision integer not null,
  applied boolean not null,
  document jsonb not null,
  saved_at timestamptz not null,
  saved_by jsonb not null,
  changed_fields jsonb not null
);
create index draft_revisions_by_application on draft_revisions (application_id, id);
