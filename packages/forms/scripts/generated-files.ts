import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { RJSFSchema } from '@rjsf/utils';
import { compileSchemaValidatorsCode } from '@rjsf/validator-ajv8/compileSchemaValidators';
import type Ajv from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { formView } from '../src/schema/form-view.js';

export const NOTICE =
  'Generert fra @sosialtilskudd/json-schemas av scripts/compile-validators.ts. Ikke rediger for hånd: kjør «pnpm generate». Generated file: run pnpm generate.';

/** The documents people fill in, each with its static schema file. */
export const FORM_SCHEMA_FILES = {
  application: 'application.schema.json',
  acceptance: 'acceptance.schema.json',
  'status-report': 'status-report.schema.json',
  'final-report': 'final-report.schema.json',
  'transfer-request': 'transfer-request.schema.json',
} as const;

const schemasDir = dirname(createRequire(import.meta.url).resolve('@sosialtilskudd/json-schemas/index.json'));
const readJson = (file: string) => JSON.parse(readFileSync(join(schemasDir, file), 'utf8')) as RJSFSchema;

interface SchemaIndex {
  calls: { id: string; application: string }[];
}

/** Every schema a form can use: the five static ones and one application schema per call. */
export function formSchemaSources(): { key: string; file: string }[] {
  const index = readJson('index.json') as unknown as SchemaIndex;
  return [
    ...Object.entries(FORM_SCHEMA_FILES).map(([key, file]) => ({ key, file })),
    ...index.calls.map((c) => ({ key: `application--${c.id}`, file: c.application })),
  ];
}

/**
 * Ajv's standalone output is CommonJS; the package is ESM, so the exports become one default object and the two
 * runtime helpers become imports. `code.lines: false` keeps the files about a quarter smaller.
 */
export function toEsmModule(cjs: string): string {
  const body = cjs
    .replace(/^"use strict";/, '')
    .replace(/exports\[/g, 'validators[')
    .replace(/require\("ajv\/dist\/runtime\/ucs2length"\)\.default/g, 'ucs2length')
    .replace(/require\("ajv-formats\/dist\/formats"\)\.fullFormats/g, 'fullFormats');
  if (/require\(/.test(body))
    throw new Error('Ajv standalone code needs a runtime helper this script does not map');
  return [
    '// @ts-nocheck',
    `// ${NOTICE}`,
    "import * as ucs2 from 'ajv/dist/runtime/ucs2length.js';",
    "import { fullFormats } from 'ajv-formats/dist/formats.js';",
    // Node hands a CommonJS module's exports object as default, bundlers its `default` export.
    "const ucs2length = typeof ucs2.default === 'function' ? ucs2.default : ucs2.default.default;",
    'const validators = {};',
    body,
    'export default validators;',
    '',
  ].join('\n');
}

function compile(schema: RJSFSchema): string {
  return compileSchemaValidatorsCode(schema, {
    AjvClass: Ajv2020 as unknown as typeof Ajv,
    ajvOptionsOverrides: { code: { lines: false } },
  });
}

const camel = (key: string) => key.replace(/[^a-zA-Z0-9]+(.)/g, (_m, c: string) => c.toUpperCase());

function registryModule(sources: { key: string; file: string }[]): string {
  const imports = sources.flatMap(({ key, file }) => [
    `import ${camel(key)}Schema from '@sosialtilskudd/json-schemas/${file}' with { type: 'json' };`,
    `import ${camel(key)}Validators from './validators/${key}.js';`,
  ]);
  const entries = sources.map(
    ({ key }) =>
      `  '${key}': { schema: formView(${camel(key)}Schema as unknown as RJSFSchema), validators: ${camel(key)}Validators },`,
  );
  return [
    `// ${NOTICE}`,
    "import type { RJSFSchema } from '@rjsf/utils';",
    "import type { ValidatorFunctions } from '@rjsf/validator-ajv8';",
    "import { formView } from '../schema/form-view.js';",
    ...imports,
    '',
    '/** Each form schema with its precompiled Ajv (2020-12) validators, keyed by document type or `application--<callId>`. */',
    'export const PRECOMPILED: Record<string, { schema: RJSFSchema; validators: ValidatorFunctions }> = {',
    ...entries,
    '};',
    '',
  ].join('\n');
}

/** Every generated file, by its path under src/generated/. */
export function renderGeneratedFiles(): Map<string, string> {
  const sources = formSchemaSources();
  const files = new Map<string, string>();
  for (const { key, file } of sources) {
    files.set(`validators/${key}.ts`, toEsmModule(compile(formView(readJson(file)))));
  }
  files.set('registry.ts', registryModule(sources));
  return files;
}
