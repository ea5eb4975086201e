import { z } from 'zod';
import type { Call } from './calls/call.js';
import { ruleCatalogue } from './catalogue.js';
import { Budget } from './documents/budget.js';
import { DOCUMENT_TYPES, type DocumentType, earlierVersions, schemaOfVersion } from './registry.js';

export type JsonSchema = Record<string, unknown>;

export const SCHEMA_BASE_URL = 'https://schemas.sosialtilskudd.no';

/** `$id` carries the major version: a published schema never changes in place. */
export function schemaId(type: string, version: number, callId?: string): string {
  return callId
    ? `${SCHEMA_BASE_URL}/v${version}/calls/${callId}/${type}.schema.json`
    : `${SCHEMA_BASE_URL}/v${version}/${type}.schema.json`;
}

/** Refinements cannot be expressed in JSON Schema: the rules are listed in the description instead. */
function rulesText(type: DocumentType): string {
  const rules = ruleCatalogue().filter((r) => r.documentTypes.includes(type));
  if (rules.length === 0) return '';
  const lines = rules.map((r) => `- ${r.code} (${r.source}): ${r.summary}`);
  return `\n\nRegler som ikke kan uttrykkes i JSON Schema, og som kontrolleres av @sosialtilskudd/domain:\n${lines.join('\n')}`;
}

function toJson(schema: z.ZodType): JsonSchema {
  // io: 'input' describes what a sender may send; unknown keys are refused by every schema (strict objects).
  return z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'throw',
  }) as JsonSchema;
}

export function documentJsonSchema(type: DocumentType): JsonSchema {
  const def = DOCUMENT_TYPES[type];
  const json = toJson(def.schema);
  const { $schema, ...rest } = json;
  return {
    $schema,
    $id: schemaId(type, def.version),
    ...rest,
    description: `${String(rest.description ?? def.title)}${rulesText(type)}`,
  };
}

/** An earlier major of a document type, still published for reading and migrating old documents. */
export function legacyJsonSchema(type: DocumentType, version: number): JsonSchema {
  const schema = earlierVersions(type).includes(version) ? schemaOfVersion(type, version) : undefined;
  if (!schema) throw new RangeError(`${type} has no legacy version ${version}`);
  const { $schema, ...rest } = toJson(schema);
  const current = DOCUMENT_TYPES[type].version;
  return {
    $schema,
    $id: schemaId(type, version),
    ...rest,
    description: `${String(rest.description ?? rest.title)} Versjon ${version}, erstattet av versjon ${current}: migrer med migrateDocument eller «tilskudd migrate FIL --to ${current}».`,
  };
}

export function budgetJsonSchema(): JsonSchema {
  const { $schema, ...rest } = toJson(Budget);
  return { $schema, $id: schemaId('budget', 1), ...rest };
}

type Defs = Record<
  string,
  Record<string, unknown> & { properties?: Record<string, Record<string, unknown>> }
>;

function defs(schema: JsonSchema): Defs {
  return (schema.$defs ?? {}) as Defs;
}

function setBound(target: Record<string, unknown> | undefined, maximum: number | undefined): void {
  if (target && maximum !== undefined) target.maximum = maximum;
}

/**
 * The application schema narrowed to one call: its caps become `maximum`s, and every list the call narrows offers
 * only the call's own choices (priority areas, national trials, cost categories the call does not exclude), so a
 * form or any JSON Schema validator catches them too. Pro-rata caps per FTE and month remain a domain rule.
 */
export function applicationJsonSchemaForCall(call: Call): JsonSchema {
  const schema = structuredClone(documentJsonSchema('application'));
  schema.$id = schemaId('application', DOCUMENT_TYPES.application.version, call.id);
  schema.title = `${String(schema.title)} – ${call.title}`;
  const props = schema.properties as Record<string, Record<string, unknown>>;
  props.callId = { ...props.callId, const: call.id };
  const d = defs(schema);
  setBound(d.PositionLine?.properties?.requestedGrant, call.maxPerFullTimePosition);
  const competenceMax = call.competenceFunds.status === 'none' ? 0 : call.competenceFunds.maxPerMeasure;
  setBound(d.Budget?.properties?.competenceFunds, competenceMax);
  setBound(d.Measure?.properties?.yearOfMeasure, call.maxYearsPerMeasure);
  if (call.continuationOnly) props.kind = { ...props.kind, enum: ['continuation'] };
  props.priorityAreas = onlyItems(props.priorityAreas, [
    ...call.priorityAreas.special,
    ...call.priorityAreas.general,
  ]);
  // A call without national trials has none to name: the field is not offered (§ 7).
  if (call.nationalTrials.length === 0) delete props.nationalTrialId;
  else props.nationalTrialId = { ...props.nationalTrialId, enum: call.nationalTrials.map((t) => t.id) };
  const category = d.CostLine?.properties?.category;
  if (category && Array.isArray(category.enum)) {
    const excluded: readonly string[] = call.exclusions;
    category.enum = category.enum.filter((c) => !excluded.includes(String(c)));
  }
  return schema;
}

/** A list whose items may only be `allowed`; with none allowed, the list must be empty. */
function onlyItems(
  list: Record<string, unknown> | undefined,
  allowed: readonly string[],
): Record<string, unknown> {
  const { enum: _all, ...items } = (list?.items ?? {}) as Record<string, unknown>;
  return allowed.length
    ? { ...list, items: { ...items, enum: [...allowed] } }
    : { ...list, items, maxItems: 0 };
}
