import type { ChangeSeverity } from '@sosialtilskudd/cli';
import {
  type DocumentType,
  migrateDocument,
  RuleContext,
  ruleCatalogue,
  validateDocument,
} from '@sosialtilskudd/domain';

/** Each rule code with the document types it judges. */
export type RuleSet = Record<string, readonly string[]>;

export interface RuleChange {
  code: string;
  documentType: string;
  severity: ChangeSeverity;
  message: string;
}

export function currentRules(): RuleSet {
  return Object.fromEntries(ruleCatalogue().map((rule) => [rule.code, rule.documentTypes]));
}

/**
 * A rule is part of the contract as much as the schema: a rule added to a document type the last release
 * already had can refuse a document that release accepted, so it is breaking. A rule removed only accepts more.
 * Rules of a document type that is new since the release judge nothing anyone has sent, so they are compatible.
 */
export function diffRules(before: RuleSet, after: RuleSet, releasedTypes: ReadonlySet<string>): RuleChange[] {
  const pairs = (set: RuleSet) =>
    new Set(Object.entries(set).flatMap(([code, types]) => types.map((type) => `${type} ${code}`)));
  const [old, now] = [pairs(before), pairs(after)];
  const changes: RuleChange[] = [];
  for (const pair of [...new Set([...old, ...now])].sort()) {
    const [documentType = '', code = ''] = pair.split(' ');
    if (old.has(pair) && !now.has(pair))
      changes.push({ code, documentType, severity: 'compatible', message: `Rule ${code} removed` });
    else if (!old.has(pair))
      changes.push({
        code,
        documentType,
        ...(releasedTypes.has(documentType)
          ? {
              severity: 'breaking',
              message: `Rule ${code} added: it can refuse a document the release accepted`,
            }
          : {
              severity: 'compatible',
              message: `Rule ${code} added to a document type new since the release`,
            }),
      });
  }
  return changes;
}

/** A document the release judged valid: the golden fixtures' valid cases, resolved, as released. */
export interface ReleasedDocument {
  name: string;
  type?: DocumentType;
  document: unknown;
  context?: unknown;
}

/**
 * The history a released case was judged with, each document in it moved to its type's current major, as a
 * server that upgraded would hold it (a new major changes the context's form too, not only the documents').
 */
function currentContext(context: unknown): unknown {
  if (!context || typeof context !== 'object') return context;
  return Object.fromEntries(
    Object.entries(context).map(([key, value]) => {
      if (!value || typeof value !== 'object' || !('documentType' in value)) return [key, value];
      const migrated = migrateDocument(value);
      return [key, migrated.ok ? migrated.document : value];
    }),
  );
}

/**
 * What neither schema nor catalogue shows: a rule that keeps its code but checks more strictly, or a call's
 * data changed under it. Every document the release accepted is judged again; each issue it now gets is breaking.
 */
export function refusedReleasedDocuments(documents: readonly ReleasedDocument[]): RuleChange[] {
  return documents.flatMap(({ name, type, document, context }) => {
    const { issues } = validateDocument(document, {
      type,
      context: context === undefined ? undefined : RuleContext.parse(currentContext(context)),
    });
    const documentType = type ?? String((document as { documentType?: unknown }).documentType);
    return issues.map(({ code, path }) => ({
      code,
      documentType,
      severity: 'breaking' as const,
      message: `${code} at '${path}' refuses '${name}', which the release accepted`,
    }));
  });
}
