import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { FORMATS } from '@sosialtilskudd/domain';
import spectralCore, { type RulesetDefinition } from '@stoplight/spectral-core';
import owasp from '@stoplight/spectral-owasp-ruleset';
import parsers from '@stoplight/spectral-parsers';
import { expect, it } from 'vitest';

const openApiPath = createRequire(import.meta.url).resolve('@sosialtilskudd/json-schemas/openapi.json');
const source = readFileSync(openApiPath, 'utf8');
const document = JSON.parse(source) as {
  paths: Record<string, Record<string, { security?: unknown[]; requestBody?: unknown }>>;
  components: { schemas: Record<string, unknown> };
};

/** The operation a finding's path is in: ['paths', '/v1/calls', 'get', …]. */
function operationAt(path: readonly (string | number)[]) {
  if (path[0] !== 'paths') return undefined;
  return document.paths[String(path[1])]?.[String(path[2])];
}
const isOpen = (path: readonly (string | number)[]) => operationAt(path)?.security?.length === 0;

/** The component schemas a request body uses, directly or through other components. */
function requestComponents(): Set<string> {
  const names = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) for (const item of value) visit(item);
    else if (value && typeof value === 'object')
      for (const [key, child] of Object.entries(value)) {
        const name = key === '$ref' && typeof child === 'string' ? child.split('/').at(-1) : undefined;
        if (name && !names.has(name)) {
          names.add(name);
          visit(document.components.schemas[name]);
        } else visit(child);
      }
  };
  for (const methods of Object.values(document.paths))
    for (const op of Object.values(methods)) visit(op.requestBody);
  return names;
}
const REQUEST_COMPONENTS = requestComponents();
const inRequest = (path: readonly (string | number)[]) =>
  path.includes('requestBody') ||
  path.includes('parameters') ||
  (path[0] === 'components' && REQUEST_COMPONENTS.has(String(path[2])));

/** The schema a finding's path points at. */
const nodeAt = (path: readonly (string | number)[]) =>
  path.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], document) as
    | { format?: string; pattern?: string }
    | undefined;

/** The domain's patterns that bound a text by themselves (fixed-length digits, slugs, case numbers). */
const BOUNDING_PATTERNS = new Set(
  Object.values(FORMATS)
    .filter((f) => f !== FORMATS.section)
    .map((f) => f.pattern.source),
);
const boundedByFormat = (path: readonly (string | number)[]) => {
  const node = nodeAt(path);
  return node?.format === 'date' || BOUNDING_PATTERNS.has(String(node?.pattern));
};

/**
 * The OWASP API Security Top 10 ruleset's findings that do not apply, each with the reason (also in
 * packages/api-client/README.md). Anything else it finds fails the test.
 */
const NOT_APPLICABLE: Record<string, (path: readonly (string | number)[]) => boolean> = {
  // Public reference data, the document and the validation service are meant to be read without a token.
  'owasp:api2:2023-read-restricted': isOpen,
  // POST /v1/validations stores nothing; /dev/login exists only outside production.
  'owasp:api2:2023-write-restricted': isOpen,
  // Only operations without a token are rate limited (and declare it); the rest are limited by who calls.
  'owasp:api4:2023-rate-limit': (path) => !isOpen(path) || path.includes('/health'),
  'owasp:api4:2023-rate-limit-responses-429': (path) => !isOpen(path) || path.includes('/health'),
  // Operations without a token cannot answer 401.
  'owasp:api8:2023-define-error-responses-401': isOpen,
  // Every integer has a minimum and a maximum (the domain's bounds, at most the safe-integer range).
  'owasp:api4:2023-integer-format': () => true,
  // Answers are written by the server, which pages its long lists. In a request, a date or a text of one of the
  // domain's fixed-length patterns is bounded by the pattern; a maxLength would add nothing but a change to
  // the released version 1 schemas.
  'owasp:api4:2023-string-limit': (path) => !inRequest(path) || boundedByFormat(path),
  'owasp:api4:2023-array-limit': (path) => !inRequest(path),
  // A revision is numbered within its case (1, 2, 3…), which the caller must already be allowed to read: the
  // number names a save of that draft, not a resource one could find by guessing.
  'owasp:api1:2023-no-numeric-ids': (path) => path.join('/').includes('/revisions/{revisionId}/'),
  // A string without format or pattern is free text (names, reasons), judged by the domain.
  'owasp:api4:2023-string-restricted': () => true,
  // The API sends no CORS headers: a page on another origin cannot read its answers at all.
  'owasp:api8:2023-define-cors-origin': () => true,
};

it('openapi.json passes the OWASP API Security Top 10 ruleset, or the finding is written down as not applying', async () => {
  const spectral = new spectralCore.Spectral();
  // The package's types describe its CommonJS build; imported as ESM, the default export is the ruleset itself.
  spectral.setRuleset(owasp as unknown as RulesetDefinition);
  const results = await spectral.run(new spectralCore.Document(source, parsers.Json, openApiPath));
  const found = results.filter((r) => !NOT_APPLICABLE[String(r.code)]?.(r.path));
  expect(found.map((r) => `${r.code}: ${r.message} at ${r.path.join('/')}`)).toEqual([]);
  // Spectral takes about 15 s over this document on a loaded machine.
}, 120_000);
