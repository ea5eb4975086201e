import { writeFileSync } from 'node:fs';
import { renderTypes } from './render-types.js';

const target = new URL('../src/generated/openapi.ts', import.meta.url);
writeFileSync(target, await renderTypes());
console.log('api-client: wrote src/generated/openapi.ts');
