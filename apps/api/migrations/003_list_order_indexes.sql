-- Lists are ordered by (updated_at desc, id) so pages are stable; with id in the index the first page of a
-- long list is read in order and stops at the limit, instead of sorting every matching case (cases changed
-- in the same instant would otherwise all be sorted).
drop index applications_by_office;
drop index applications_by_authority;
create index applications_by_office on applications (organisation_number, updated_at desc, id);
create index applications_by_authority on applications (authority, state, updated_at desc, id);
