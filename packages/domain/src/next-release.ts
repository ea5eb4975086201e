// Written by `pnpm release:next` and by `pnpm release`. A deprecation not yet released gives its version as
// 'next', and its text names this one until `pnpm release` writes the version it cuts in its place.

/** The version the next release of @sosialtilskudd/domain will have, as the pending changesets make it. */
export const NEXT_RELEASE = '2.0.1';
