import { snapshotBaseline } from './baseline.ts';

await snapshotBaseline();
console.log('tooling/release/baseline: the released schemas and rules are the new baseline');
