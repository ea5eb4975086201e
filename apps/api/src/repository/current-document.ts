/**
 * The current document of the case row `a` (an alias of `applications`), in SQL: the draft while it is one; once
 * submitted, the latest version, where the document is stored once (migration 006).
 */
export const currentDocumentOf = (a: string) => `coalesce(${a}.document, (select v.document
  from application_versions v where v.application_id = ${a}.id and v.version = ${a}.version))`;

/** Whether the applicant of case `a` covers the municipality given by the SQL text `municipalityNumber` (§ 4). */
export const coversMunicipality = (a: string, municipalityNumber: string) =>
  `${currentDocumentOf(a)}->'applicant'->'municipalities' @> jsonb_build_array(${municipalityNumber}::text)`;
