-- Files on a message (issue 18 item 3): stored, scanned and downloaded as a document's files are (attachments with
-- document_type 'message'); the message names the files it was sent with, in the order given, and sending locks them.
alter table case_messages add column attachment_ids uuid[] not null default '{}';
