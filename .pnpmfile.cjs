// What pnpm pack and pnpm publish put in a published package.json (pnpm ≥ 10.28 calls beforePacking).

/** The workspace's own export condition: it points at src/, which is not published. */
const SOURCE_CONDITION = '@sosialtilskudd/source';

function withoutSourceCondition(target) {
  if (!target || typeof target !== 'object' || Array.isArray(target)) return target;
  return Object.fromEntries(
    Object.entries(target)
      .filter(([key]) => key !== SOURCE_CONDITION)
      .map(([key, value]) => [key, withoutSourceCondition(value)]),
  );
}

/**
 * A published manifest names only what is published: no export condition for src/, and no scripts or
 * devDependencies, which mean something only inside this repository.
 */
function beforePacking(pkg) {
  const { scripts: _scripts, devDependencies: _devDependencies, ...published } = pkg;
  if (published.exports) published.exports = withoutSourceCondition(published.exports);
  return published;
}

module.exports = { hooks: { beforePacking } };
