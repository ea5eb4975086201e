import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { output, run } from './run.ts';

/** Every file in a directory, as package-relative POSIX paths. */
export function listFiles(dir: string): string[] {
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(d, e.name)) : [relative(dir, join(d, e.name)).split('\\').join('/')],
    );
  return walk(dir).sort();
}

/** Unpacks a tarball made by pnpm pack or npm pack into `into`; returns the package's folder. */
export function unpack(tarball: string, into: string): string {
  mkdirSync(into, { recursive: true });
  run('tar', ['-xzf', tarball, '-C', into], into);
  return join(into, 'package');
}

/** Every file path an `exports` map (or a `bin` map) names, whatever the condition. */
function targets(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(targets);
  if (node && typeof node === 'object') return Object.values(node).flatMap(targets);
  return [];
}

const normal = (path: string) => posix.normalize(path.replace(/^\.\//, ''));

function matches(target: string, files: readonly string[]): boolean {
  const path = normal(target);
  if (!path.includes('*')) return files.includes(path);
  const [head = '', tail = ''] = path.split('*');
  return files.some((f) => f.startsWith(head) && f.endsWith(tail));
}

/** Relative links in a Markdown file: `[text](target)`, without the #anchor; web and mail links left out. */
export function relativeLinks(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)]
    .map((m) => m[1] ?? '')
    .filter((t) => !/^([a-z]+:|#)/i.test(t))
    .map((t) => t.split('#')[0] ?? '');
}

/**
 * What a published package must hold besides its code, and what its files must not promise: a README whose
 * links lead somewhere in the package, its CHANGELOG with this version, its licence, source maps only where the
 * map and its sources are shipped, and exports, bin and types that name shipped files.
 */
export function contentProblems(dir: string): string[] {
  const files = listFiles(dir);
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    version: string;
    license?: string;
    exports?: unknown;
    bin?: unknown;
    main?: string;
    types?: string;
  };
  const problems: string[] = [];
  const read = (f: string) => readFileSync(join(dir, f), 'utf8');

  for (const required of ['README.md', 'CHANGELOG.md', 'LICENSE'])
    if (!files.includes(required)) problems.push(`${required} is not in the package`);
  if (
    files.includes('LICENSE') &&
    manifest.license &&
    !read('LICENSE').includes(`${manifest.license} License`)
  )
    problems.push(`LICENSE is not the ${manifest.license} licence package.json names`);
  if (
    files.includes('CHANGELOG.md') &&
    !new RegExp(`^## ${manifest.version}$`, 'm').test(read('CHANGELOG.md'))
  )
    problems.push(`CHANGELOG.md has no entry "## ${manifest.version}"`);
  for (const doc of files.filter((f) => f.endsWith('.md')))
    for (const link of relativeLinks(read(doc))) {
      const target = normal(posix.join(posix.dirname(doc), link));
      if (!files.includes(target) && !files.some((f) => f.startsWith(`${target}/`)))
        problems.push(`${doc} links to ${link}, which is not in the package`);
    }

  for (const file of files.filter((f) => /\.(c|m)?js$|\.d\.(c|m)?ts$/.test(f))) {
    const url = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(read(file))?.[1];
    if (!url || url.startsWith('data:')) continue;
    const map = normal(posix.join(posix.dirname(file), url));
    if (!files.includes(map)) {
      problems.push(`${file} points at the source map ${map}, which is not in the package`);
      continue;
    }
    const { sources = [], sourcesContent = [] } = JSON.parse(read(map)) as {
      sources?: string[];
      sourcesContent?: (string | null)[];
    };
    sources.forEach((source, i) => {
      const shipped = files.includes(normal(posix.join(posix.dirname(map), source)));
      if (!shipped && typeof sourcesContent[i] !== 'string')
        problems.push(`${map} names the source ${source}, which is neither in the package nor in the map`);
    });
  }

  const named = [
    ...targets(manifest.exports).map((t) => ['exports', t] as const),
    ...targets(manifest.bin).map((t) => ['bin', t] as const),
    ...[manifest.main, manifest.types].filter((t): t is string => !!t).map((t) => ['main/types', t] as const),
  ];
  for (const [field, target] of named)
    if (!matches(target, files)) problems.push(`${field} names ${target}, which is not in the package`);
  return problems;
}

/** Where publint and attw are installed. */
const TOOLS = fileURLToPath(new URL('..', import.meta.url));

export interface TarballLint {
  /** Whether the package ships JavaScript, so there are types for attw to resolve. */
  javascript: boolean;
  /** Export subpaths attw should leave out (stylesheets have no types). */
  excludeEntrypoints?: string[];
}

/** The release checks on one tarball, exactly as it is published: its contents, publint --strict and attw. */
export function lintTarball(tarball: string, { javascript, excludeEntrypoints = [] }: TarballLint): void {
  const scratch = mkdtempSync(join(tmpdir(), 'tilskudd-tarball-'));
  try {
    const problems = contentProblems(unpack(tarball, scratch));
    if (problems.length) throw new Error(`${tarball}:\n  ${problems.join('\n  ')}`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  run('pnpm', ['exec', 'publint', 'run', '--strict', tarball], TOOLS);
  if (!javascript) return;
  // The packages are ESM-only and loadable from CommonJS through require(esm) on Node >= 20.19, so attw's
  // esm-only profile is the right bar.
  const exclude = excludeEntrypoints.length ? ['--exclude-entrypoints', ...excludeEntrypoints] : [];
  run(
    'pnpm',
    ['exec', 'attw', tarball, '--profile', 'esm-only', '--format', 'table-flipped', ...exclude],
    TOOLS,
  );
}

/** Packs a workspace package with pnpm (workspace: ranges resolved, the pack hook applied); returns the tarball. */
export function packPackage(dir: string, destination: string): string {
  mkdirSync(destination, { recursive: true });
  const before = new Set(readdirSync(destination));
  output('pnpm', ['pack', '--pack-destination', destination], dir);
  const packed = readdirSync(destination).find((f) => !before.has(f) && f.endsWith('.tgz'));
  if (!packed) throw new Error(`pnpm pack made no tarball in ${dir}`);
  return join(destination, packed);
}
