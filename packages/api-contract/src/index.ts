export * from './common.js';
export * from './documents.js';
export * from './events.js';
export * from './openapi.js';
export * from './operation.js';
export * from './operations/index.js';
export * from './register.js';
export * from './resources.js';
