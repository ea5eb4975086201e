-- Lists page by keyset: (updated_at, id) below the last row of the previous page, newest first. Both columns
-- descend, so the condition is one row comparison the index answers in order.
drop index applications_by_office;
drop index applications_by_authority;
create index applications_by_office on applications (organisation_number, updated_at desc, id desc);
create index applications_by_authority on applications (authority, state, updated_at desc, id desc);
