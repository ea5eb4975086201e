import { readdirSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin, ResolvedConfig } from 'vite';

/** Text formats worth compressing; fonts (woff2) and images are compressed already. */
export const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt']);

/** The variants written next to each file, in the order a server prefers them. */
export const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

function filesIn(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesIn(path) : [path];
  });
}

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

async function compressFile(path: string): Promise<{ raw: number; brotli: number }> {
  const content = await readFile(path);
  const [br, gz] = await Promise.all([
    brotli(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    }),
    gzipped(content, { level: 9 }),
  ]);
  const variants = [
    ['.br', br],
    ['.gz', gz],
  ] as const;
  await Promise.all(
    variants
      .filter(([, compressed]) => compressed.length < content.length)
      .map(([suffix, compressed]) => writeFile(path + suffix, compressed)),
  );
  return { raw: content.length, brotli: Math.min(br.length, content.length) };
}

/**
 * Writes `<file>.br` (quality 11) and `<file>.gz` (level 9) next to every compressible file of a directory, once
 * at build time, so the server spends no CPU per request and can afford the slowest, smallest settings. A
 * variant that would not be smaller is not written. zlib's asynchronous calls run on libuv's threads, so the
 * files are compressed side by side.
 */
export async function precompressDir(dir: string): Promise<{ files: number; raw: number; brotli: number }> {
  const sizes = await Promise.all(
    filesIn(dir)
      .filter((path) => COMPRESSIBLE.has(extname(path)))
      .map(compressFile),
  );
  return {
    files: sizes.length,
    raw: sizes.reduce((n, s) => n + s.raw, 0),
    brotli: sizes.reduce((n, s) => n + s.brotli, 0),
  };
}

/** Vite plugin: precompresses the build's output once it is written. */
export function precompress(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'precompress',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      const { files, raw, brotli } = await precompressDir(resolve(config.root, config.build.outDir));
      const kB = (bytes: number) => `${(bytes / 1000).toFixed(0)} kB`;
      config.logger.info(
        `precompressed ${files} files: ${kB(raw)} → ${kB(brotli)} brotli (.br and .gz beside each)`,
      );
    },
  };
}
