-- The Nav offices the service knows: a nav-office user acts for exactly one, by organisation number.
create table nav_offices (
  organisation_number text primary key,
  name text not null,
  municipalities text[] not null,
  county_office_id text not null
);

-- One row per grant case (one application for one year). `document` is the current version: editable while a
-- draft, after submission only replaced by a correction, which also adds a row to application_versions.
create table applications (
  id uuid primary key,
  organisation_number text not null,
  authority text not null,
  call_id text not null,
  -- Copied from the document on every write, so a list of 200 cases does not read 200 documents.
  applicant_name text not null,
  measure_name text not null,
  requested_grant integer not null,
  state text not null,
  case_number text unique,
  caseworker text,
  revision integer not null default 1,
  version integer not null default 0,
  document jsonb not null,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  submitted_at timestamptz
);
create index applications_by_office on applications (organisation_number, updated_at desc);
create index applications_by_authority on applications (authority, state, updated_at desc);

-- Submitted versions never change: a correction is a new row.
create table application_versions (
  application_id uuid not null references applications (id),
  version integer not null,
  reason text not null,
  document jsonb not null,
  created_at timestamptz not null,
  created_by jsonb not null,
  primary key (application_id, version)
);

-- Decisions, letters, acceptances, payments, reports, transfers, repayments: immutable records.
create table case_documents (
  id uuid primary key,
  application_id uuid not null references applications (id),
  document_type text not null,
  document jsonb not null,
  supersedes uuid references case_documents (id),
  created_at timestamptz not null,
  created_by jsonb not null
);
create index case_documents_by_application on case_documents (application_id, document_type, created_at);

-- Who did what and when, for every state change and decision.
create table audit_events (
  id serial primary key,
  application_id uuid not null references applications (id),
  at timestamptz not null,
  actor jsonb not null,
  action text not null,
  from_state text,
  to_state text,
  detail jsonb
);
create index audit_events_by_application on audit_events (application_id, id);

-- Submit and decide with an Idempotency-Key answer a repeat with the first answer.
create table idempotency_keys (
  actor_sub text not null,
  key text not null,
  operation text not null,
  request_hash text not null,
  status integer not null,
  response jsonb not null,
  created_at timestamptz not null,
  primary key (actor_sub, key)
);

create sequence case_number_seq;
