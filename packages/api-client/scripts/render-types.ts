import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import openapiTS, { astToString } from 'openapi-typescript';

export const GENERATED_HEADER =
  '// Generert fra @sosialtilskudd/json-schemas/openapi.json med openapi-typescript. Ikke rediger for hånd: kjør «pnpm generate».\n// Generated file: run pnpm generate.\n\n';

export const OPENAPI_PATH = createRequire(import.meta.url).resolve(
  '@sosialtilskudd/json-schemas/openapi.json',
);

/** The client's types, exactly as src/generated/openapi.ts should hold them. */
export async function renderTypes(): Promise<string> {
  const document = JSON.parse(readFileSync(OPENAPI_PATH, 'utf8')) as Parameters<typeof openapiTS>[0];
  const ast = await openapiTS(document, { alphabetize: false, exportType: false });
  return GENERATED_HEADER + astToString(ast);
}
