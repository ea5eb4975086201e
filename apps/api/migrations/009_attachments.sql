-- Files on an application or a report's accounts (seed 003). The bytes are in attachment_chunks, 256 KiB a row,
-- written as they arrive and read as they leave, so a file is never held whole in memory. A row is `uploading`
-- until its last byte is in; the scan state is the contract's (pending, clean, infected, not-scanned).
create table attachments (
  id uuid primary key,
  application_id uuid not null references applications (id),
  document_type text not null,
  file_name text not null,
  media_type text,
  size bigint not null default 0,
  sha256 text,
  stored boolean not null default false,
  scan_state text not null,
  scan_finding text,
  scanned_at timestamptz,
  scan_claimed_at timestamptz,
  uploaded_at timestamptz not null,
  uploaded_by jsonb not null,
  -- Set when a document that refers to the file is submitted: from then on it is never deleted or replaced.
  locked_at timestamptz
);
create index attachments_by_application on attachments (application_id, uploaded_at);
create index attachments_to_scan on attachments (scan_state, scan_claimed_at) where scan_state = 'pending';

create table attachment_chunks (
  attachment_id uuid not null references attachments (id) on delete cascade,
  seq integer not null,
  data bytea not null,
  primary key (attachment_id, seq)
);
