/**
 * What createApp needs, passed in by the composition root (src/server.ts) or a test. The pages
 * router and the API receive the same object.
 */
import type { Store } from 'express-rate-limit';
import type { Logger } from 'pino';
import type { Config } from '../config';
import type { CompiledRubric } from '../scoring';

/** The compiled questions the service answers for. */
export interface Catalog {
  get(id: string): CompiledRubric | undefined;
  list(): CompiledRubric[];
}

/** Current time, injectable so tests can fix it. */
export type Clock = () => Date;

export interface AppDeps {
  catalog: Catalog;
  log: Logger;
  clock?: Clock;
  config: Config;
  /**
   * Where the feedback limiter keeps its per-address counts. Default: this process's memory. The
   * cluster workers pass a store held by the primary, so the limit is per address, not per worker.
   */
  rateLimitStore?: Store;
}
