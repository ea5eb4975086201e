import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintTarball, packPackage } from './tarball.ts';
import { hasJavaScript, publishablePackages, stylesheetEntrypoints } from './workspace.ts';

// Each package is packed as `pnpm release` packs it, and the tarball is checked: what it holds, publint --strict
// and attw. Build first (`pnpm build`).
const destination = mkdtempSync(join(tmpdir(), 'tilskudd-packs-'));
try {
  for (const pkg of publishablePackages()) {
    console.log(`\n— ${pkg.name}`);
    lintTarball(packPackage(pkg.dir, destination), {
      javascript: hasJavaScript(pkg),
      excludeEntrypoints: stylesheetEntrypoints(pkg),
    });
  }
} finally {
  rmSync(destination, { recursive: true, force: true });
}
