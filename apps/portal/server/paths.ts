import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/** apps/portal */
export const PORTAL_DIR = fileURLToPath(new URL('..', import.meta.url));
export const DIST_DIR = join(PORTAL_DIR, 'dist');
/** The reference API's package directory, found the way Node finds the dependency. */
export const API_DIR = dirname(require.resolve('@sosialtilskudd/api/package.json'));
