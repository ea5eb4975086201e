-- A county office's (or the directorate's) recorded extension of a call's application deadline.
create table deadline_extensions (
  id uuid primary key,
  call_id text not null,
  document jsonb not null,
  created_at timestamptz not null,
  created_by jsonb not null
);
create index deadline_extensions_by_call on deadline_extensions (call_id, created_at);
