-- Messages on a case between the Nav office and the authority that handles it (a request for more information and
-- its answer). Each is audited and an outbox event, written in the transaction that stores it. `seq` keeps the order
-- in which they were written when two share an instant (ids are random).
create table case_messages (
  id uuid primary key,
  seq bigint generated always as identity,
  application_id uuid not null references applications (id),
  party text not null,
  author jsonb not null,
  body text not null,
  sent_at timestamptz not null
);
create index case_messages_by_case on case_messages (application_id, sent_at, seq);
