import { spawnSync } from 'node:child_process';

/** Runs a command, streaming its output; throws with the command line when it fails. */
export function run(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = process.env,
): void {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit', env });
  if (result.status !== 0)
    throw new Error(`failed (${result.status ?? result.signal}): ${command} ${args.join(' ')} in ${cwd}`);
}

export function output(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = process.env,
): string {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`failed: ${command} ${args.join(' ')}\n${result.stderr}`);
  return result.stdout;
}
