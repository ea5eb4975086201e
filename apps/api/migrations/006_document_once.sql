-- A submitted application is stored once: as its immutable version in application_versions. The case row keeps
-- the document only while it is a draft, so a submission writes the 3 kB document once instead of twice; the
-- current document of a submitted case is its latest version (the repositories read it from there).
alter table applications alter column document drop not null;
update applications a set document = null
where version > 0
  and exists (select 1 from application_versions v where v.application_id = a.id and v.version = a.version);
-- Fails, and with it the migration, if a submitted case had no version row: nothing is dropped unseen.
alter table applications add constraint applications_document_until_submitted
  check ((document is null) = (version > 0))
