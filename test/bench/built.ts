/**
 * The benchmarks measure the compiled build in dist/: the JavaScript that `npm start` and the
 * `essay-feedback` command run. The TypeScript in src/, run through a transpiler on the fly, is
 * what the tests use; it is the same code, but not the same output, so it is not what users time.
 * `npm run bench:*` builds first; run directly, a benchmark refuses a missing or stale build.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const DIST = path.join(ROOT, 'dist');

function newestChange(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** Throws, saying what to run, unless dist/ was built after the last change to src/. */
export function assertFreshBuild(): void {
  const marker = path.join(DIST, 'index.js');
  if (!existsSync(marker)) throw new Error('dist/ has not been built: run `npm run build` first');
  if (newestChange(path.join(ROOT, 'src')) > newestChange(DIST))
    throw new Error('dist/ is older than src/: run `npm run build` first');
}

/** A module of the compiled build, typed as its source (the build is compiled from that source). */
export function requireBuilt<T>(modulePath: string): T {
  assertFreshBuild();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(path.join(DIST, modulePath)) as T;
}
