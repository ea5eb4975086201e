export { GENERATED_NOTICE, jsonFile } from './header.ts';
export { isGeneratedPath, renderSchemaFiles } from './json-schemas.ts';
