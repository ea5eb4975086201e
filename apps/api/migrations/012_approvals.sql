-- Totrinnskontroll (issue 17): a decision or payment proposed by one person waits here until a second approves it
-- (then it is filed on the case as `filed_record_id`) or returns it. The approval document holds who and when; the
-- proposed document is kept as it was proposed. One proposal of each kind waits per case at a time.
create table approvals (
  id uuid primary key,
  -- The order proposals were made in, when the clock gives two the same instant.
  seq bigint generated always as identity,
  application_id uuid not null references applications (id),
  subject_type text not null,
  proposed jsonb not null,
  document jsonb not null,
  state text not null default 'proposed',
  filed_record_id uuid references case_documents (id),
  created_at timestamptz not null,
  resolved_at timestamptz
);
create unique index approvals_one_waiting on approvals (application_id, subject_type) where state = 'proposed';
create index approvals_by_case on approvals (application_id, created_at, seq);
create index approvals_waiting on approvals (created_at, seq) where state = 'proposed';

-- A proposal, its approval and its return are the authority's working steps: their events reach the authority's
-- readers only (the applicant's side reads the decision or payment they lead to).
alter table case_events add column authority_only boolean not null default false;
