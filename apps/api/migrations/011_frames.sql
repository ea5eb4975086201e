-- The allocation round (issue 17). Fullmakter: every version of a frame the directorate issues, immutable; the
-- highest version of an id is the one in force. One frame per holder and call: a second id for the same holder
-- would count the money twice, so (call, holder, version) is unique as well as (id, version).
create table frames (
  id text not null,
  version integer not null,
  call_id text not null,
  holder text not null,
  document jsonb not null,
  created_at timestamptz not null,
  created_by jsonb not null,
  primary key (id, version)
);
create unique index frames_one_per_holder on frames (call_id, holder, version);
