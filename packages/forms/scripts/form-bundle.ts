import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';

/**
 * What a consumer's browser bundle carries to render one form: esbuild bundles a page that renders
 * `<DocumentForm documentType=… />` from the package (as published, `dist/`, or from source), with code
 * splitting as a consumer's bundler does it, and the chunks are followed from the entry through its static and
 * dynamic imports.
 */
export interface BundleMeasure {
  /** Bytes of JavaScript the page loads to show the form: the entry, its static chunks and what it loads. */
  loaded: number;
  loadedGzip: number;
  /** Bytes of the whole build, every chunk, whether this form loads it or not. */
  total: number;
  /** The precompiled validator modules (src/generated/validators/*) among what the page loads. */
  validators: string[];
}

const FORMS_DIR = new URL('..', import.meta.url).pathname;
/** Never written: the build stays in memory, and this only names its files. */
const OUT = 'bundle';

export interface BundledForm {
  documentType: string;
  callId?: string;
  /** Bundle the package's TypeScript source (the workspace's `@sosialtilskudd/source` condition), not `dist/`. */
  source?: boolean;
}

export async function measureFormBundle({
  documentType,
  callId,
  source = false,
}: BundledForm): Promise<BundleMeasure> {
  const key = callId ? `${documentType}--${callId}` : documentType;
  const result = await build({
    stdin: {
      contents: [
        "import { createElement } from 'react';",
        "import { createRoot } from 'react-dom/client';",
        "import { DocumentForm } from '@sosialtilskudd/forms';",
        `createRoot(document.getElementById('app')).render(createElement(DocumentForm, ${JSON.stringify({ documentType, callId })}));`,
      ].join('\n'),
      resolveDir: FORMS_DIR,
      sourcefile: 'page.js',
      loader: 'js',
    },
    bundle: true,
    splitting: true,
    format: 'esm',
    absWorkingDir: FORMS_DIR,
    outdir: join(FORMS_DIR, OUT),
    write: false,
    minify: true,
    metafile: true,
    platform: 'browser',
    conditions: source ? ['@sosialtilskudd/source'] : [],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  const files = new Map(result.outputFiles.map((f) => [relative(FORMS_DIR, f.path), f.contents]));
  const loadedChunks = reachable(result.metafile, `${OUT}/stdin.js`, key);
  const bytes = (paths: string[]) => paths.reduce((n, p) => n + (files.get(p)?.length ?? 0), 0);
  const js = (paths: Iterable<string>) => [...paths].filter((p) => p.endsWith('.js'));
  const loaded = js(loadedChunks);
  return {
    loaded: bytes(loaded),
    loadedGzip: loaded.reduce((n, p) => n + gzipSync(files.get(p) ?? new Uint8Array()).length, 0),
    total: bytes(js(files.keys())),
    validators: [
      ...new Set(
        loaded.flatMap((p) =>
          Object.keys(result.metafile.outputs[p]?.inputs ?? {})
            .filter((i) => i.includes('generated/validators/'))
            .map((i) => i.replace(/^.*generated\/validators\//, '').replace(/\.[jt]s$/, '')),
        ),
      ),
    ].sort(),
  };
}

/**
 * The output chunks an entry loads: its static imports, and of its dynamic imports only the one module of the
 * form it renders (`generated/forms/<key>`), with what that imports in turn.
 */
function reachable(metafile: Metafile, entry: string, key: string): Set<string> {
  const seen = new Set<string>();
  const rendered = new RegExp(`generated/forms/${key}\\.[jt]s$`);
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const i of metafile.outputs[path]?.imports ?? []) {
      if (i.external) continue;
      if (i.kind === 'dynamic-import' && !rendered.test(metafile.outputs[i.path]?.entryPoint ?? '')) continue;
      visit(i.path);
    }
  };
  visit(entry);
  return seen;
}
