import { fileURLToPath } from 'node:url';
import { run } from './run.ts';
import { hasJavaScript, publishablePackages } from './workspace.ts';

const here = fileURLToPath(new URL('..', import.meta.url));

// publint checks the manifest against what would be packed; attw checks that types resolve for every
// consumer setting. The packages are ESM-only and loadable from CommonJS through require(esm) on
// Node >= 20.19, so attw's esm-only profile is the right bar.
/** Stylesheets are exported for bundlers; they have no types for attw to resolve. */
function stylesheetEntrypoints(pkg: { manifest: { exports?: unknown } }): string[] {
  return Object.keys((pkg.manifest.exports ?? {}) as object).filter((k) => k.endsWith('.css'));
}

for (const pkg of publishablePackages()) {
  console.log(`\n— ${pkg.name}`);
  run('pnpm', ['exec', 'publint', '--strict', pkg.dir], here);
  if (!hasJavaScript(pkg)) continue;
  const css = stylesheetEntrypoints(pkg);
  const exclude = css.length ? ['--exclude-entrypoints', ...css] : [];
  run(
    'pnpm',
    ['exec', 'attw', '--pack', pkg.dir, '--profile', 'esm-only', '--format', 'table-flipped', ...exclude],
    here,
  );
}
