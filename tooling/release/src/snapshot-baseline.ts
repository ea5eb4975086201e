import { snapshotBaseline } from './baseline.ts';

snapshotBaseline();
console.log('tooling/release/baseline: the released schemas are the new baseline');
