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
  assessment: 'assessment.schema.json',
} as const;

const schemasDir = dirname(createRequire(import.meta.url).resolve('@sosialtilskudd/json-schemas/index.json'));
const readJson = (file: string) => JSON.parse(readFileSync(join(schemasDir, file), 'utf8')) as RJSFSchema;

interface SchemaIndex {
  calls: { id: string; application: string }[];
}

/** Every schema a form can use: the static ones and one application schema per call. */
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

/** One form: its schema as the form sees it and its validators, in a module of its own. */
function formModule({ key, file }: { key: string; file: string }): string {
  return [
    `// ${NOTICE}`,
    "import type { RJSFSchema } from '@rjsf/utils';",
    `import schema from '@sosialtilskudd/json-schemas/${file}' with { type: 'json' };`,
    "import { formView } from '../../schema/form-view.js';",
    "import type { PrecompiledForm } from '../../schema/precompiled.js';",
    `import validators from '../validators/${key}.js';`,
    '',
    `/** The form ${key}: the committed schema as the form sees it, and its precompiled Ajv (2020-12) validators. */`,
    'const form: PrecompiledForm = { schema: formView(schema as unknown as RJSFSchema), validators };',
    'export default form;',
    '',
  ].join('\n');
}

/** Each form loads on first use (its own chunk in a bundle), so a bundle carries only the forms it renders. */
function registryModule(sources: { key: string; file: string }[]): string {
  return [
    `// ${NOTICE}`,
    "import type { PrecompiledForm } from '../schema/precompiled.js';",
    '',
    '/** Every form schema, keyed by document type or `application--<callId>`, loaded when first asked for. */',
    'export const FORM_LOADERS: Record<string, () => Promise<PrecompiledForm>> = {',
    ...sources.map(({ key }) => `  '${key}': () => import('./forms/${key}.js').then((m) => m.default),`),
    '};',
    '',
  ].join('\n');
}

/** Every form at once, for rendering in Node (`renderFormToHtml`), where the size of a bundle is no concern. */
function allFormsModule(sources: { key: string; file: string }[]): string {
  return [
    `// ${NOTICE}`,
    "import type { PrecompiledForm } from '../schema/precompiled.js';",
    ...sources.map(({ key }) => `import ${camel(key)} from './forms/${key}.js';`),
    '',
    'export const ALL_FORMS: Record<string, PrecompiledForm> = {',
    ...sources.map(({ key }) => `  '${key}': ${camel(key)},`),
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
    files.set(`forms/${key}.ts`, formModule({ key, file }));
  }
  files.set('registry.ts', registryModule(sources));
  files.set('all-forms.ts', allFormsModule(sources));
  return files;
}
