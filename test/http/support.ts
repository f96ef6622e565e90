/**
 * Shared set-up for the HTTP tests: a fresh app per file over the real engine, compiled from the
 * small rubrics in fixtures/rubrics, with logs captured in memory instead of printed.
 */
import path from 'node:path';
import { Writable } from 'node:stream';
import pino, { type Logger } from 'pino';
import type { Express } from 'express';
import type { Store } from 'express-rate-limit';
import { createApp, type Catalog } from '../../src/app';
import { loadConfig, type Config } from '../../src/config';
import { loadRubricDir } from '../../src/rubric';
import { createCatalog } from '../../src/scoring';

export const FIXTURE_RUBRICS = path.join(__dirname, 'fixtures', 'rubrics');

/** A configuration as the environment would give it, quiet and pointed at the fixtures. */
export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({ LOG_LEVEL: 'silent', RUBRICS_DIR: FIXTURE_RUBRICS, ...env });
}

export async function loadFixtureCatalog(): Promise<Catalog> {
  const { rubrics, lexicon, issues } = await loadRubricDir(FIXTURE_RUBRICS);
  if (issues.length > 0) throw new Error(`fixture rubrics are invalid: ${JSON.stringify(issues)}`);
  return createCatalog(rubrics, { lexicon });
}

export const emptyCatalog: Catalog = { get: () => undefined, list: () => [] };

/** A logger whose JSON lines are kept in `lines` for assertions. */
export function memoryLogger(): { log: Logger; lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) lines.push(JSON.parse(line));
      done();
    },
  });
  return { log: pino({ level: 'info' }, sink), lines };
}

export interface TestAppOptions {
  catalog?: Catalog;
  env?: Record<string, string>;
  log?: Logger;
  rateLimitStore?: Store;
}

/** The real app over the fixture rubrics (or the catalog given). */
export async function testApp(options: TestAppOptions = {}): Promise<Express> {
  const catalog = options.catalog ?? (await loadFixtureCatalog());
  const log = options.log ?? pino({ level: 'silent' });
  const store = options.rateLimitStore ? { rateLimitStore: options.rateLimitStore } : {};
  return createApp({ catalog, log, config: testConfig(options.env), ...store });
}
