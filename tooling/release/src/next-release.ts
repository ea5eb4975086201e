import { nextDomainRelease, writeNextRelease } from './version-step.ts';
import { ROOT } from './workspace.ts';

// `pnpm release:next`: packages/domain/src/next-release.ts names the version the pending changesets make, for a
// deprecation written `since: 'next'`. Run `pnpm generate` after it.
const version = await nextDomainRelease(ROOT);
writeNextRelease(ROOT, version);
console.log(`packages/domain/src/next-release.ts: the next release of @sosialtilskudd/domain is ${version}`);
