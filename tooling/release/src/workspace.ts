import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface WorkspacePackage {
  name: string;
  version: string;
  dir: string;
  manifest: Record<string, unknown> & { private?: boolean; exports?: unknown; bin?: unknown };
}

/** The workspace packages that are published: everything under packages/ and schemas/ that is not private. */
export function publishablePackages(root = ROOT): WorkspacePackage[] {
  const dirs = [
    ...readdirSync(join(root, 'packages'), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => join(root, 'packages', e.name)),
    join(root, 'schemas'),
  ];
  return dirs
    .map((dir) => {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      return { name: manifest.name as string, version: manifest.version as string, dir, manifest };
    })
    .filter((p) => p.manifest.private !== true)
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Whether a package ships JavaScript (and so types for attw to check), or only data files. */
export function hasJavaScript(pkg: WorkspacePackage): boolean {
  return /\.js"/.test(JSON.stringify(pkg.manifest.exports ?? {}));
}

/** Stylesheets are exported for bundlers; they have no types for attw to resolve. */
export function stylesheetEntrypoints(pkg: { manifest: { exports?: unknown } }): string[] {
  return Object.keys((pkg.manifest.exports ?? {}) as object).filter((k) => k.endsWith('.css'));
}

/** The packages with each one after those it depends on, so a registry never holds a package whose dependency it lacks. */
export function inPublishOrder(packages: readonly WorkspacePackage[]): WorkspacePackage[] {
  const byName = new Map(packages.map((p) => [p.name, p]));
  const ordered: WorkspacePackage[] = [];
  const visit = (pkg: WorkspacePackage) => {
    if (ordered.includes(pkg)) return;
    const needs = { ...(pkg.manifest.dependencies as object), ...(pkg.manifest.peerDependencies as object) };
    for (const name of Object.keys(needs)) {
      const dependency = byName.get(name);
      if (dependency) visit(dependency);
    }
    ordered.push(pkg);
  };
  for (const pkg of packages) visit(pkg);
  return ordered;
}
