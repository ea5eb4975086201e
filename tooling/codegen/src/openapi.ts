import { openApiDocument } from '@sosialtilskudd/api-contract';
import { GENERATED_NOTICE } from './header.ts';

/** schemas/openapi.json: OpenAPI allows no `$comment` at the root, so the notice is an `x-` extension. */
export function renderOpenApi(): string {
  const { openapi, info, ...rest } = openApiDocument();
  return `${JSON.stringify({ openapi, info, 'x-generated': GENERATED_NOTICE, ...rest }, null, 2)}\n`;
}
