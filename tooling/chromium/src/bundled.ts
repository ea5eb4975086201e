import { createReadStream, createWriteStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { createBrotliDecompress } from 'node:zlib';
import { extract } from 'tar-fs';

/** A Chromium ready to launch: the executable and what its environment must add. */
export interface UnpackedChromium {
  executablePath: string;
  env: Record<string, string>;
}

const PACKAGE = '@sparticuz/chromium';
const CACHE = fileURLToPath(new URL('../node_modules/.cache/', import.meta.url));

/**
 * The Chromium that `@sparticuz/chromium` ships inside its npm tarball (Linux x64 only), unpacked once into this
 * package's `node_modules/.cache`. The package's own `executablePath()` unpacks into the shared /tmp and, when
 * killed halfway, keeps the half-written browser; here it is unpacked beside its final place and renamed into it,
 * so a directory that exists is whole. Only the package's files are used, none of its code.
 */
export async function unpackBundledChromium(): Promise<UnpackedChromium> {
  if (process.platform !== 'linux' || process.arch !== 'x64')
    throw new Error(`${PACKAGE} har bare Chromium for linux-x64, ikke ${process.platform}-${process.arch}`);
  const source = packageRoot();
  const version = (JSON.parse(readFileSync(join(source, 'package.json'), 'utf8')) as { version: string })
    .version;
  const target = join(CACHE, `chromium-${version}`);
  if (!existsSync(target)) await unpackInto(join(source, 'bin'), target);
  return {
    executablePath: join(target, 'chromium'),
    // The browser links NSS and expat; these are Amazon Linux 2023's, so a machine without them works too.
    env: { LD_LIBRARY_PATH: join(target, 'lib'), FONTCONFIG_FILE: join(target, 'fonts.conf') },
  };
}

function packageRoot(): string {
  // The package exports no package.json, and its build folders hold package.json files of their own.
  let dir = dirname(createRequire(import.meta.url).resolve(PACKAGE));
  while (!existsSync(join(dir, 'bin', 'chromium.br'))) {
    if (dirname(dir) === dir) throw new Error(`${PACKAGE} har ingen bin/chromium.br`);
    dir = dirname(dir);
  }
  return dir;
}

async function unpackInto(bin: string, target: string): Promise<void> {
  await mkdir(CACHE, { recursive: true });
  await removeAbandoned(target);
  const partial = await mkdtemp(`${target}.partial-${process.pid}-`);
  try {
    await mkdir(join(partial, 'fonts'));
    await Promise.all([
      pipeline(
        createReadStream(join(bin, 'chromium.br')),
        createBrotliDecompress(),
        createWriteStream(join(partial, 'chromium')),
      ),
      untar(join(bin, 'al2023.tar.br'), partial),
      untar(join(bin, 'swiftshader.tar.br'), partial),
      untar(join(bin, 'fonts.tar.br'), join(partial, 'fonts')),
    ]);
    await chmod(join(partial, 'chromium'), 0o755);
    // The package's own fonts.conf names Lambda's folders; this one names the fonts it ships and the system's.
    await writeFile(
      join(partial, 'fonts.conf'),
      `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>${join(target, 'fonts')}</dir>\n  <dir>/usr/share/fonts</dir>\n  <cachedir>${join(target, 'fontconfig-cache')}</cachedir>\n</fontconfig>\n`,
    );
    await rename(partial, target);
  } catch (error) {
    await rm(partial, { recursive: true, force: true });
    // Another process unpacked it first: theirs is as good as ours.
    if (existsSync(target) && (error as NodeJS.ErrnoException).code?.match(/^(ENOTEMPTY|EEXIST)$/)) return;
    throw error;
  }
}

function untar(archive: string, into: string): Promise<void> {
  return pipeline(createReadStream(archive), createBrotliDecompress(), extract(into));
}

/** Half-unpacked copies left by a process that was killed while unpacking. */
async function removeAbandoned(target: string): Promise<void> {
  const prefix = `${target.slice(CACHE.length)}.partial-`;
  for (const name of readdirSync(CACHE)) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length).split('-')[0]);
    if (!isAlive(pid)) await rm(join(CACHE, name), { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
