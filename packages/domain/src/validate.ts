import { z } from 'zod';
import type { Call } from './calls/call.js';
import { findCall } from './calls/data.js';
import { inputIssues } from './input.js';
import {
  DOCUMENT_TYPES,
  type DocumentOf,
  type DocumentType,
  earlierVersions,
  isDocumentType,
} from './registry.js';
import type { RuleContext } from './rules/context.js';
import { fieldTitle } from './rules/field-title.js';
import { fromPointer, type RuleIssue } from './rules/issue.js';
import { NOT_CHECKED, type Rule, type RuleInput, toIssue } from './rules/rule.js';
import { fromZodIssues } from './rules/schema-issues.js';

export interface ValidationResult<T = unknown> {
  ok: boolean;
  documentType?: DocumentType;
  /** The parsed document, when it passed the schema (rules may still have failed). */
  value?: T;
  issues: RuleIssue[];
  /** Rules that need context the caller did not supply: not run, so neither passed nor failed. */
  notChecked: string[];
}

export interface ValidateOptions {
  /** Judge the document as this type instead of its own `documentType`. */
  type?: DocumentType;
  context?: RuleContext;
}

const UNKNOWN_TYPE_MESSAGES = {
  nb: 'Ukjent dokumenttype: documentType må være en av ',
  nn: 'Ukjend dokumenttype: documentType må vere ein av ',
};

export function detectDocumentType(input: unknown): DocumentType | undefined {
  const t =
    input && typeof input === 'object' ? (input as { documentType?: unknown }).documentType : undefined;
  return isDocumentType(t) ? t : undefined;
}

function outdatedVersion(input: unknown, type: DocumentType): number | undefined {
  const version =
    input && typeof input === 'object' ? (input as { schemaVersion?: unknown }).schemaVersion : undefined;
  return typeof version === 'number' && earlierVersions(type).includes(version) ? version : undefined;
}

/** An earlier major is not an error in the document: it needs migrating, and the message says how. */
function outdatedIssue(type: DocumentType, from: number, to: number): RuleIssue {
  const hint = `tilskudd migrate FIL --to ${to}`;
  return {
    code: 'SCHEMA_VERSION_OUTDATED',
    path: '/schemaVersion',
    message: `Skjemaversjon: dokumentet følger versjon ${from} av skjemaet for ${type}; gjeldende versjon er ${to}. Migrer med «${hint}»`,
    messageNn: `Skjemaversjon: dokumentet følgjer versjon ${from} av skjemaet for ${type}; gjeldande versjon er ${to}. Migrer med «${hint}»`,
    source: 'skjema',
  };
}

/** Prefix the message with the field's own label, so a person sees which field and which rule. */
function named(issue: RuleIssue, schema: z.ZodType, doc: unknown): RuleIssue {
  const title = fieldTitle(schema, fromPointer(issue.path), doc);
  return title
    ? { ...issue, message: `${title}: ${issue.message}`, messageNn: `${title}: ${issue.messageNn}` }
    : issue;
}

/**
 * Each type's schema as Zod compiles it (`z.compile`): generated code takes a valid document in one flat pass
 * instead of walking the schema node by node, about ten times faster (BENCHMARKS.md), and hands anything it
 * does not accept to the ordinary parser, so the results and the issues are the same. Compiled on first use;
 * where code may not be generated (a Content-Security-Policy without 'unsafe-eval', or
 * `z.config({ jitless: true })`) the schema parses as it is.
 */
const parsers = new Map<DocumentType, z.ZodType>();

function parserOf(type: DocumentType, schema: z.ZodType): z.ZodType {
  let parser = parsers.get(type);
  if (!parser) {
    parser = z.config().jitless || !z.util.allowsEval.value ? schema : z.compile(schema);
    parsers.set(type, parser);
  }
  return parser;
}

export type SchemaCheck<T> = { ok: true; value: T } | { ok: false; issues: RuleIssue[] };

/**
 * Judges input by a schema alone, with the domain's codes and field names: first what no input may hold
 * (`inputIssues`), then the schema (`parser`: the same schema compiled, as validateDocument passes it). The API
 * uses it for its own small bodies and parameters too.
 */
export function checkSchema<S extends z.ZodType>(
  schema: S,
  input: unknown,
  parser: z.ZodType = schema,
): SchemaCheck<z.output<S>> {
  const unstorable = inputIssues(input, schema);
  const parsed = unstorable.length ? undefined : parser.safeParse(input);
  if (parsed?.success) return { ok: true, value: parsed.data as z.output<S> };
  const issues = parsed ? fromZodIssues(parsed.error.issues, input) : unstorable;
  return { ok: false, issues: issues.map((i) => named(i, schema, input)) };
}

function runRules<T>(rules: readonly Rule<T>[], input: RuleInput<T>, notChecked: Set<string>): RuleIssue[] {
  const issues: RuleIssue[] = [];
  for (const rule of rules) {
    if (rule.when && !rule.when(input)) continue;
    const missing = rule.needs?.some((n) =>
      n === 'call' ? input.call === undefined : input.context[n] === undefined,
    );
    const findings = missing ? NOT_CHECKED : rule.check(input);
    if (findings === NOT_CHECKED) notChecked.add(rule.code);
    else for (const finding of findings) issues.push(toIssue(rule, finding));
  }
  return issues;
}

/**
 * Validates a document: first its schema, then, when the structure is sound, every rule of its type.
 * Never throws on bad input; every problem comes back as a coded issue.
 */
export function validateDocument<T extends DocumentType>(
  input: unknown,
  options: ValidateOptions & { type: T },
): ValidationResult<DocumentOf<T>>;
export function validateDocument(input: unknown, options?: ValidateOptions): ValidationResult;
export function validateDocument(input: unknown, options: ValidateOptions = {}): ValidationResult {
  const type = options.type ?? detectDocumentType(input);
  if (!type) {
    const list = Object.keys(DOCUMENT_TYPES).join(', ');
    return {
      ok: false,
      issues: [
        {
          code: 'UNKNOWN_DOCUMENT_TYPE',
          path: '/documentType',
          message: UNKNOWN_TYPE_MESSAGES.nb + list,
          messageNn: UNKNOWN_TYPE_MESSAGES.nn + list,
          source: 'skjema',
        },
      ],
      notChecked: [],
    };
  }
  const definition = DOCUMENT_TYPES[type] as unknown as {
    version: number;
    schema: z.ZodType;
    rules: readonly Rule<unknown>[];
    callIdOf: (d: unknown) => string | undefined;
  };
  const outdated = outdatedVersion(input, type);
  if (outdated !== undefined)
    return {
      ok: false,
      documentType: type,
      issues: [outdatedIssue(type, outdated, definition.version)],
      notChecked: [],
    };
  const parsed = checkSchema(definition.schema, input, parserOf(type, definition.schema));
  if (!parsed.ok) return { ok: false, documentType: type, issues: parsed.issues, notChecked: [] };
  const doc = parsed.value;
  const context = options.context ?? {};
  const callId = definition.callIdOf(doc);
  const call: Call | undefined = context.call ?? (callId ? findCall(callId) : undefined);
  const issues: RuleIssue[] = [];
  if (callId && !call) {
    issues.push({
      code: 'UNKNOWN_CALL',
      path: 'case' in (doc as object) ? '/case/callId' : '/callId',
      message: `Ukjent utlysning «${callId}»`,
      messageNn: `Ukjend utlysing «${callId}»`,
      source: 'utlysning',
    });
  }
  const notChecked = new Set<string>();
  issues.push(...runRules(definition.rules, { doc, call, context }, notChecked));
  return {
    ok: issues.length === 0,
    documentType: type,
    value: doc,
    issues: issues.map((i) => named(i, definition.schema, doc)),
    notChecked: [...notChecked],
  };
}
