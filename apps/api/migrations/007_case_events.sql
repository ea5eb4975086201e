-- The transactional outbox (DESIGN.md): every audited change of a case writes its event in the same statement as
-- the change and its audit entry. The feed, webhooks and mail read from here, never from the request.
-- event_count numbers a case's events (CloudEvents `sequence`): raised by the statement that writes the event,
-- under the case's row lock, so two changes of one case can never take the same number.
alter table applications add column event_count integer not null default 0;

create table case_events (
  id uuid primary key,
  application_id uuid not null references applications (id),
  case_sequence integer not null,
  type text not null,
  time timestamptz not null,
  -- Who may read it: the case's Nav office and the authority that handles it (not while the case is a draft).
  organisation_number text not null,
  authority text not null,
  office_only boolean not null,
  case_number text,
  data jsonb not null,
  -- Insertion order. The feed's position is given after commit by the sequencer (events.ts), in one transaction
  -- under a lock: gap-free and increasing, so a reader that stored a position misses nothing.
  inserted bigserial not null,
  position bigint unique,
  unique (application_id, case_sequence)
);
create index case_events_unpositioned on case_events (inserted) where position is null;
create index case_events_by_office on case_events (organisation_number, position);
create index case_events_by_authority on case_events (authority, position) where not office_only;

-- Webhook subscriptions (Standard Webhooks). A subscription receives, in feed order, the events its owner may read;
-- `delivered_through` is the feed position up to which every event is done (delivered, or dead after the last
-- attempt), so delivery is in order per subscription and therefore per case. One process at a time works a
-- subscription: it holds the lease (`lease_owner`, `lease_until`) and every write it makes is fenced by it.
create table webhook_subscriptions (
  id uuid primary key,
  url text not null,
  secret text not null,
  types text[],
  owner jsonb not null,
  scope_kind text not null,
  scope_value text,
  status text not null default 'active',
  delivered_through bigint not null,
  next_attempt_at timestamptz not null,
  lease_owner text,
  lease_until timestamptz,
  created_at timestamptz not null
);
create index webhook_subscriptions_due on webhook_subscriptions (next_attempt_at) where status = 'active';

-- Each event a subscription has tried: delivered, retrying, dead (the dead-letter state), or asked for again.
create table webhook_deliveries (
  subscription_id uuid not null references webhook_subscriptions (id) on delete cascade,
  event_id uuid not null references case_events (id),
  position bigint not null,
  status text not null,
  attempts integer not null default 0,
  last_attempt_at timestamptz,
  last_status integer,
  last_error text,
  primary key (subscription_id, event_id)
);
create index webhook_deliveries_redeliver on webhook_deliveries (subscription_id, position) where status = 'redeliver';

-- Where each reader of the outbox inside the server (the notices) has come to in the feed.
create table event_consumers (
  name text primary key,
  position bigint not null
);

-- E-mail notices. `key` makes each notice once, whichever process or restart derives it again. Sent through SMTP
-- when SMTP_URL is set; otherwise kept here as the development outbox the portal shows at /dev/mail.
create table notices (
  key text primary key,
  kind text not null,
  application_id uuid references applications (id),
  recipient text not null,
  language text not null,
  subject text not null,
  body text not null,
  created_at timestamptz not null,
  status text not null default 'pending',
  attempts integer not null default 0,
  next_attempt_at timestamptz not null,
  lease_owner text,
  lease_until timestamptz,
  sent_at timestamptz,
  message_id text,
  last_error text
);
create index notices_due on notices (next_attempt_at) where status = 'pending';

-- The written standard (bokmål or nynorsk) a Nav office is written to in: its municipality's (målform).
alter table nav_offices add column written_standard text not null default 'nb';
