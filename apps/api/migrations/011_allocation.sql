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

-- The round board reads every submitted case of one call at one authority.
create index applications_by_round on applications (authority, call_id);

-- What the round reads of a case's current version besides the columns lists already have, so the board for a
-- large round does not read hundreds of application documents (bench/round.bench.ts).
alter table application_versions
  add column document_id text generated always as (document->>'id') stored,
  add column kind text generated always as (document->>'kind') stored,
  add column previous_case_number text generated always as (document->'continuation'->>'previousCaseNumber') stored;

-- What ranking and frame use read of an assessment (the domain's roundAssessment: scores, exclusions, areas,
-- proposal), stored beside it for the same reason; null for every other document type.
alter table case_documents add column facts jsonb;

-- «Current» is «not superseded»: the board asks it of every case's assessment and decision.
create index case_documents_by_supersedes on case_documents (supersedes) where supersedes is not null;
