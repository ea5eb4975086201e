export {
  createTilskuddClient,
  type DataMethod,
  type TilskuddClient,
  type TilskuddClientOptions,
} from './client.js';
export type { components, operations, paths } from './generated/openapi.js';
export { type Issue, type Problem, TilskuddProblemError } from './problem.js';

import type { components } from './generated/openapi.js';

/** Every schema of the API by name, e.g. `Schemas['ApplicationCase']`. */
export type Schemas = components['schemas'];
