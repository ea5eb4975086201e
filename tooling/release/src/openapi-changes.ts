import { type ChangeKind, type ChangeSeverity, diffSchema, type SchemaChange } from '@sosialtilskudd/cli';

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: object;
}

type Content = Record<string, { schema?: object }>;

/** A response, or a `$ref` to one of the shared responses (the server's problem answers). */
interface Response {
  $ref?: string;
  content?: Content;
}

interface Operation {
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content?: Content };
  responses?: Record<string, Response>;
}

export interface OpenApiDocument {
  paths?: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, object>; responses?: Record<string, Response> };
}

export interface OperationChange {
  /** `POST /v1/applications/{}/submit`: the path's parameter names do not matter to a caller. */
  operation: string;
  severity: ChangeSeverity;
  message: string;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

function operations(doc: OpenApiDocument): Map<string, Operation> {
  const result = new Map<string, Operation>();
  for (const [path, item] of Object.entries(doc.paths ?? {}))
    for (const method of METHODS)
      if (item[method])
        result.set(`${method.toUpperCase()} ${path.replace(/\{[^}]*\}/g, '{}')}`, item[method]);
  return result;
}

/** A value with `#/components/schemas/X` rewritten to `#/$defs/X`, as in the generated `*.schema.json`. */
const withDefsRefs = <T>(value: T): T =>
  JSON.parse(JSON.stringify(value).replaceAll('"#/components/schemas/', '"#/$defs/')) as T;

type Defs = Record<string, object>;

/** What one document's operations refer to: its schemas as `$defs` and its shared responses. */
interface Side {
  defs: Defs;
  responses: Record<string, Response>;
}

const side = (doc: OpenApiDocument): Side => ({
  defs: withDefsRefs(doc.components?.schemas ?? {}),
  responses: doc.components?.responses ?? {},
});

/** A request body's schema as a standalone JSON Schema, a `$ref` at the top inlined, so the engine compares it as one. */
function standalone(schema: object, defs: Defs): object {
  const top = withDefsRefs(schema) as { $ref?: string };
  const inlined = top.$ref?.startsWith('#/$defs/') ? defs[top.$ref.slice('#/$defs/'.length)] : top;
  return { ...inlined, $defs: defs };
}

const jsonSchemaOf = (content: Content | undefined) => content?.['application/json']?.schema;
const bodySchema = (op: Operation) => jsonSchemaOf(op.requestBody?.content);

/**
 * What a caller of the API sends and gets back: operations, their parameters, request bodies and JSON
 * responses. The server refuses a parameter it does not know, so a parameter removed is as breaking as a new
 * required one. Request bodies are compared by the schema engine, where what is narrowed breaks a caller that
 * sends what used to be allowed; responses are read the other way round (`responseSeverity`).
 */
export function diffOpenApi(before: OpenApiDocument, after: OpenApiDocument): OperationChange[] {
  const [old, now] = [operations(before), operations(after)];
  // Converted once per document, not once per request body.
  const oldSide = side(before);
  const newSide = side(after);
  const changes: OperationChange[] = [];
  const add = (operation: string, severity: ChangeSeverity, message: string) =>
    changes.push({ operation, severity, message });
  for (const operation of [...new Set([...old.keys(), ...now.keys()])].sort()) {
    const [was, is] = [old.get(operation), now.get(operation)];
    if (!is) add(operation, 'breaking', 'Operation removed');
    else if (!was) add(operation, 'compatible', 'Operation added');
    else {
      diffParameters(was, is, (severity, message) => add(operation, severity, message));
      diffBody(was, is, oldSide.defs, newSide.defs, (severity, message) => add(operation, severity, message));
      diffResponses(was, is, oldSide, newSide, (severity, message) => add(operation, severity, message));
    }
  }
  return changes;
}

type Report = (severity: ChangeSeverity, message: string) => void;

function diffParameters(was: Operation, is: Operation, report: Report) {
  const key = (p: Parameter) => `${p.in} parameter '${p.in === 'header' ? p.name.toLowerCase() : p.name}'`;
  const byKey = (op: Operation) =>
    new Map((op.parameters ?? []).filter((p) => p.in !== 'path').map((p) => [key(p), p]));
  const [old, now] = [byKey(was), byKey(is)];
  for (const name of old.keys()) if (!now.has(name)) report('breaking', `${name} removed`);
  for (const [name, p] of now) {
    const before = old.get(name);
    if (!before)
      report(p.required ? 'breaking' : 'compatible', `${name} added${p.required ? ', required' : ''}`);
    else {
      if (p.required && !before.required) report('breaking', `${name} now required`);
      for (const c of diffSchema(name, before.schema ?? {}, p.schema ?? {}))
        if (c.kind !== 'annotation') report(c.severity, `${name}: ${c.message}`);
    }
  }
}

/** The engine's findings between a schema of the release and today's, each resolved in its own document. */
const schemaChanges = (before: object, after: object, oldDefs: Defs, newDefs: Defs) =>
  diffSchema('api', standalone(before, oldDefs), standalone(after, newDefs)).filter(
    (c) => c.kind !== 'annotation',
  );

function diffBody(was: Operation, is: Operation, oldDefs: Defs, newDefs: Defs, report: Report) {
  const [old, now] = [bodySchema(was), bodySchema(is)];
  if (!old && !now) return;
  if (!now) return report('breaking', 'Request body removed');
  if (!old) return report(is.requestBody?.required ? 'breaking' : 'compatible', 'Request body added');
  for (const c of schemaChanges(old, now, oldDefs, newDefs))
    report(c.severity, `request body ${c.pointer || '(root)'}: ${c.message}`);
}

/** Kinds whose meaning to a client does not simply mirror their meaning to a validator. */
const READER_SEVERITY: Partial<Record<ChangeKind, ChangeSeverity>> = {
  'property-removed': 'breaking',
  'property-renamed': 'breaking',
  // A client ignores what it does not know, and a field always sent is one it can rely on.
  'property-added': 'compatible',
  'required-added': 'compatible',
  'required-removed': 'breaking',
  'additional-properties-closed': 'compatible',
  'additional-properties-opened': 'compatible',
  deprecated: 'compatible',
};

/**
 * How a change to what the server sends reads to a client built on the release: what is narrowed it already
 * handles, what is widened (a new enum value, a larger range, another union branch) it may not. Pattern, format
 * and multipleOf changes cannot be proven contained either way, so they stay breaking, as the engine fails safe.
 */
function responseSeverity(
  change: Pick<SchemaChange, 'kind' | 'severity' | 'before' | 'after'>,
): ChangeSeverity {
  const fixed = READER_SEVERITY[change.kind];
  if (fixed) return fixed;
  if (change.kind === 'type-narrowed')
    // The engine also files a type swapped for another here (string to object); only number to integer narrows.
    return change.before === 'number' && change.after === 'integer' ? 'compatible' : 'breaking';
  if (change.kind === 'enum-narrowed' && Array.isArray(change.before) && Array.isArray(change.after)) {
    // "Values removed; added …": the added ones are new to the client.
    const known = new Set(change.before.map((v) => JSON.stringify(v)));
    if (change.after.some((v) => !known.has(JSON.stringify(v)))) return 'breaking';
  }
  if (change.kind.endsWith('-narrowed')) return 'compatible';
  if (change.kind.endsWith('-widened')) return 'breaking';
  if (change.kind === 'unique-items-changed')
    return change.severity === 'breaking' ? 'compatible' : 'breaking';
  return 'breaking';
}

const isSuccess = (status: string) => status.startsWith('2');

const SHARED = '#/components/responses/';

/** A response's JSON or problem body, through a `$ref` to the shared responses. */
function responseSchema(response: Response | undefined, s: Side): object | undefined {
  const r = response?.$ref?.startsWith(SHARED) ? s.responses[response.$ref.slice(SHARED.length)] : response;
  return jsonSchemaOf(r?.content) ?? r?.content?.['application/problem+json']?.schema;
}

function diffResponses(was: Operation, is: Operation, oldSide: Side, newSide: Side, report: Report) {
  const [old, now] = [was.responses ?? {}, is.responses ?? {}];
  for (const status of Object.keys(old))
    if (isSuccess(status) && !now[status]) report('breaking', `response ${status} removed`);
  for (const [status, response] of Object.entries(now)) {
    const before = responseSchema(old[status], oldSide);
    const after = responseSchema(response, newSide);
    if (!before || !after) continue;
    for (const c of schemaChanges(before, after, oldSide.defs, newSide.defs))
      report(responseSeverity(c), `response ${status} ${c.pointer || '(root)'}: ${c.message}`);
  }
}
