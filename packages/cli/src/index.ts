export * from './compat/index.js';
export { type CliIo, EXIT } from './io.js';
export { runCli, USAGE } from './main.js';
