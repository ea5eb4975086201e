import { DOCUMENT_TYPES, type DocumentType } from './registry.js';
import type { RuleLimit } from './rules/rule.js';
import { SCHEMA_CODES } from './rules/schema-issues.js';

export interface CatalogueEntry {
  code: string;
  source: string;
  summary: string;
  documentTypes: DocumentType[];
  /** Context the rule needs beyond the document, if any. */
  needs: string[];
  /** What the rule's limit is, where it has one: an amount, a date or a count. */
  limit?: RuleLimit;
}

/** Every rule code with its source and the document types it applies to: published with the schemas. */
export function ruleCatalogue(): CatalogueEntry[] {
  const byCode = new Map<string, CatalogueEntry>();
  for (const [type, def] of Object.entries(DOCUMENT_TYPES) as [
    DocumentType,
    (typeof DOCUMENT_TYPES)[DocumentType],
  ][]) {
    for (const rule of def.rules as readonly {
      code: string;
      source: string;
      summary: string;
      needs?: readonly string[];
      limit?: RuleLimit;
    }[]) {
      const entry = byCode.get(rule.code) ?? {
        code: rule.code,
        source: rule.source,
        summary: rule.summary,
        documentTypes: [],
        needs: [...(rule.needs ?? [])],
        ...(rule.limit ? { limit: rule.limit } : {}),
      };
      if (!entry.documentTypes.includes(type)) entry.documentTypes.push(type);
      byCode.set(rule.code, entry);
    }
  }
  return [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
}

/** Codes of structural problems, found by the schema itself (also by any JSON Schema validator). */
export const SCHEMA_ISSUE_CODES = [
  ...Object.keys(SCHEMA_CODES),
  'UNKNOWN_DOCUMENT_TYPE',
  'UNKNOWN_CALL',
  'SCHEMA_VERSION_OUTDATED',
];
