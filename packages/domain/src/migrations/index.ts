import { DOCUMENT_TYPES, isDocumentType, schemaOfVersion } from '../registry.js';
import { type RuleIssue, toPointer } from '../rules/issue.js';
import { fromZodIssues } from '../rules/schema-issues.js';
import { validateDocument } from '../validate.js';
import type { Migration, MigrationResult } from './migration.js';
import { repaymentClaimV1ToV2 } from './repayment-claim-v2.js';
import {
  acceptanceV1ToV2,
  applicationV1ToV2,
  finalReportV1ToV2,
  statusReportV1ToV2,
} from './signatures-v2.js';

export type { Migration, MigrationResult };

/** Every migration, one step each: a document moves major by major until it reaches the target. */
export const MIGRATIONS: readonly Migration[] = [
  repaymentClaimV1ToV2,
  applicationV1ToV2,
  acceptanceV1ToV2,
  statusReportV1ToV2,
  finalReportV1ToV2,
] as Migration[];

const problem = (
  code: string,
  message: string,
  messageNn: string,
  path: readonly string[] = [],
): RuleIssue => ({
  code,
  path: toPointer(path),
  message,
  messageNn,
  source: 'migrering',
});

/**
 * Migrates a document to major `to` of its schema. The input is checked against its own version's schema
 * first, and the result against the target version with every rule, so a migration never produces a
 * document the contract would refuse.
 */
export function migrateDocument(input: unknown, to?: number): MigrationResult<unknown> {
  const d = (input && typeof input === 'object' ? input : {}) as {
    documentType?: unknown;
    schemaVersion?: unknown;
  };
  if (!isDocumentType(d.documentType))
    return {
      ok: false,
      issues: [
        problem('UNKNOWN_DOCUMENT_TYPE', 'Ukjent dokumenttype', 'Ukjend dokumenttype', ['documentType']),
      ],
    };
  const type = d.documentType;
  const target = to ?? DOCUMENT_TYPES[type].version;
  const from = d.schemaVersion;
  const fromSchema = typeof from === 'number' ? schemaOfVersion(type, from) : undefined;
  if (typeof from !== 'number' || !fromSchema || !schemaOfVersion(type, target) || from > target)
    return {
      ok: false,
      issues: [
        problem(
          'MIGRATION_UNKNOWN_VERSION',
          `Skjemaversjon: kan ikke migrere ${type} fra versjon ${String(from)} til ${target}`,
          `Skjemaversjon: kan ikkje migrere ${type} frå versjon ${String(from)} til ${target}`,
          ['schemaVersion'],
        ),
      ],
    };
  const parsed = fromSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: fromZodIssues(parsed.error.issues, input) };
  let doc: unknown = parsed.data;
  for (let version = from; version < target; version++) {
    const step = MIGRATIONS.find((m) => m.documentType === type && m.from === version);
    if (!step) throw new Error(`No migration for ${type} ${version} → ${version + 1}`);
    const result = step.migrate(doc);
    if (!result.ok) return result;
    doc = result.document;
  }
  if (target !== DOCUMENT_TYPES[type].version) return { ok: true, document: doc };
  const checked = validateDocument(doc, { type });
  return checked.ok ? { ok: true, document: doc } : { ok: false, issues: checked.issues };
}
