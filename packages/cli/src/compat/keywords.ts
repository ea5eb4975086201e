const ANNOTATIONS = new Set([
  'title',
  'description',
  'default',
  'examples',
  'deprecated',
  'readOnly',
  'writeOnly',
  '$comment',
  '$schema',
  '$id',
  '$anchor',
  'contentEncoding',
  'contentMediaType',
  'contentSchema',
]);

/** Annotations never change which documents are valid; `x-*` covers vendor metadata from `.meta()`. */
export function isAnnotation(keyword: string): boolean {
  return ANNOTATIONS.has(keyword) || keyword.startsWith('x-');
}

/** Keywords that only constrain one instance type; used to split `type: [...]` into per-type branches. */
const TYPE_SPECIFIC: Record<string, string> = {
  minLength: 'string',
  maxLength: 'string',
  pattern: 'string',
  minimum: 'number',
  maximum: 'number',
  exclusiveMinimum: 'number',
  exclusiveMaximum: 'number',
  multipleOf: 'number',
  properties: 'object',
  required: 'object',
  additionalProperties: 'object',
  propertyNames: 'object',
  patternProperties: 'object',
  minProperties: 'object',
  maxProperties: 'object',
  items: 'array',
  prefixItems: 'array',
  additionalItems: 'array',
  minItems: 'array',
  maxItems: 'array',
  uniqueItems: 'array',
  contains: 'array',
};

export function appliesTo(keyword: string, type: string): boolean {
  const only = Object.hasOwn(TYPE_SPECIFIC, keyword) ? TYPE_SPECIFIC[keyword] : undefined;
  return only === undefined || only === type || (only === 'number' && type === 'integer');
}

/** Keywords the classifier understands; any other changed keyword is reported as `unknown`. */
const HANDLED = new Set([
  'type',
  'enum',
  'const',
  'allOf',
  '$defs',
  'definitions',
  'properties',
  'required',
  'additionalProperties',
  'propertyNames',
  'items',
  'prefixItems',
  'additionalItems',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'minProperties',
  'maxProperties',
  'multipleOf',
  'pattern',
  'format',
  'uniqueItems',
]);

export function isHandled(keyword: string): boolean {
  return HANDLED.has(keyword) || isAnnotation(keyword);
}

export function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value === 'bigint' ? 'number' : typeof value;
}

export function valueHasType(value: unknown, type: string): boolean {
  const actual = jsonType(value);
  if (type === 'integer') return actual === 'number' && Number.isInteger(value);
  return actual === type;
}

/** The closed set of values a schema allows via `const` or `enum`, if any. */
export function allowedValues(schema: { [keyword: string]: unknown }): unknown[] | undefined {
  if (Object.hasOwn(schema, 'const')) return [schema.const];
  return Array.isArray(schema.enum) ? schema.enum : undefined;
}
