import {
  applicationJsonSchemaForCall,
  budgetJsonSchema,
  CALLS,
  DOCUMENT_TYPE_NAMES,
  DOCUMENT_TYPES,
  documentJsonSchema,
  earlierVersions,
  legacyJsonSchema,
  ruleCatalogue,
  SCHEMA_ISSUE_CODES,
  schemaId,
} from '@sosialtilskudd/domain';
import { GENERATED_NOTICE, jsonFile } from './header.ts';
import { renderOpenApi } from './openapi.ts';

const LIMIT_WORDS = { amount: 'beløp', date: 'dato', count: 'antall' } as const;

function rulesMarkdown(): string {
  const rows = ruleCatalogue().map(
    (r) =>
      `| \`${r.code}\` | ${r.documentTypes.join(', ')} | ${r.source} | ${r.summary} | ${r.needs.join(', ') || '–'} | ${r.limit ? LIMIT_WORDS[r.limit] : '–'} |`,
  );
  return [
    `<!-- ${GENERATED_NOTICE} -->`,
    '# Regelkatalog',
    '',
    'Reglene som JSON Schema ikke kan uttrykke. Server, CLI og skjemaer kjører dem likt og gir samme kode.',
    'Integrasjoner skal styre på koden, aldri på teksten.',
    '',
    'En regel som ikke gjelder dokumentet, kjøres ikke og nevnes ikke. En regel som gjelder, men mangler det den',
    'trenger for å avgjøre (konteksten i kolonnen «trenger kontekst», eller et beløp, en frist eller en forskrift kildene ikke',
    'oppgir), står i `notChecked`: den er verken bestått eller brutt. Har regelen en grense, finnes et gyldig',
    'eksempel akkurat på grensen blant golden fixtures.',
    '',
    '| kode | dokumenttyper | kilde | regel | trenger kontekst | grense |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    `Strukturelle feil fra selve skjemaet: ${SCHEMA_ISSUE_CODES.map((c) => `\`${c}\``).join(', ')}.`,
    '',
  ].join('\n');
}

/** Earlier majors still published, so old documents can be read and migrated. */
function legacyVersions() {
  return DOCUMENT_TYPE_NAMES.flatMap((type) => earlierVersions(type).map((version) => ({ type, version })));
}

/** Every file under schemas/ that is generated, by path relative to schemas/. */
export function renderSchemaFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const type of DOCUMENT_TYPE_NAMES)
    files.set(`${type}.schema.json`, jsonFile(documentJsonSchema(type)));
  files.set('budget.schema.json', jsonFile(budgetJsonSchema()));
  for (const call of CALLS)
    files.set(`calls/${call.id}/application.schema.json`, jsonFile(applicationJsonSchemaForCall(call)));
  for (const { type, version } of legacyVersions())
    files.set(`v${version}/${type}.schema.json`, jsonFile(legacyJsonSchema(type, version)));
  files.set(
    'index.json',
    jsonFile({
      documents: DOCUMENT_TYPE_NAMES.map((type) => ({
        type,
        title: DOCUMENT_TYPES[type].title,
        version: DOCUMENT_TYPES[type].version,
        $id: schemaId(type, DOCUMENT_TYPES[type].version),
        file: `${type}.schema.json`,
      })),
      earlierVersions: legacyVersions().map(({ type, version }) => ({
        type,
        version,
        $id: schemaId(type, version),
        file: `v${version}/${type}.schema.json`,
      })),
      calls: CALLS.map((c) => ({
        id: c.id,
        year: c.year,
        schemeId: c.schemeId,
        application: `calls/${c.id}/application.schema.json`,
      })),
    }),
  );
  files.set('RULES.md', rulesMarkdown());
  files.set('openapi.json', renderOpenApi());
  return files;
}

/** Files that the generator owns: anything else in schemas/ (package.json, tests) is left alone. */
export function isGeneratedPath(path: string): boolean {
  return (
    path.endsWith('.schema.json') || path === 'index.json' || path === 'RULES.md' || path === 'openapi.json'
  );
}
