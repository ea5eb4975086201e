import { type ChangeSeverity, diffSchema } from '@sosialtilskudd/cli';

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: object;
}

interface Operation {
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: object }> };
}

export interface OpenApiDocument {
  paths?: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, object> };
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

/** A request body's schema as a standalone JSON Schema, a `$ref` at the top inlined, so the engine compares it as one. */
function standalone(schema: object, defs: Defs): object {
  const top = withDefsRefs(schema) as { $ref?: string };
  const inlined = top.$ref?.startsWith('#/$defs/') ? defs[top.$ref.slice('#/$defs/'.length)] : top;
  return { ...inlined, $defs: defs };
}

const bodySchema = (op: Operation) => op.requestBody?.content?.['application/json']?.schema;

/**
 * What a caller of the API sends: operations, their parameters and their request bodies. The server refuses a
 * parameter it does not know, so a parameter removed is as breaking as a new required one. Request bodies are
 * compared by the schema engine, where what is narrowed breaks a caller that sends what used to be allowed.
 */
export function diffOpenApi(before: OpenApiDocument, after: OpenApiDocument): OperationChange[] {
  const [old, now] = [operations(before), operations(after)];
  // Converted once per document, not once per request body.
  const oldDefs: Defs = withDefsRefs(before.components?.schemas ?? {});
  const newDefs: Defs = withDefsRefs(after.components?.schemas ?? {});
  const changes: OperationChange[] = [];
  const add = (operation: string, severity: ChangeSeverity, message: string) =>
    changes.push({ operation, severity, message });
  for (const operation of [...new Set([...old.keys(), ...now.keys()])].sort()) {
    const [was, is] = [old.get(operation), now.get(operation)];
    if (!is) add(operation, 'breaking', 'Operation removed');
    else if (!was) add(operation, 'compatible', 'Operation added');
    else {
      diffParameters(was, is, (severity, message) => add(operation, severity, message));
      diffBody(was, is, oldDefs, newDefs, (severity, message) => add(operation, severity, message));
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

function diffBody(was: Operation, is: Operation, oldDefs: Defs, newDefs: Defs, report: Report) {
  const [old, now] = [bodySchema(was), bodySchema(is)];
  if (!old && !now) return;
  if (!now) return report('breaking', 'Request body removed');
  if (!old) return report(is.requestBody?.required ? 'breaking' : 'compatible', 'Request body added');
  for (const c of diffSchema('body', standalone(old, oldDefs), standalone(now, newDefs)))
    if (c.kind !== 'annotation') report(c.severity, `request body ${c.pointer || '(root)'}: ${c.message}`);
}
