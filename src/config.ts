/**
 * The service's configuration: the only module that reads process.env. Parsed once at start-up,
 * every value checked, the result frozen. A bad value stops the start with a message naming the
 * variable, what was expected and what was found, rather than being replaced by a default.
 */
import os from 'node:os';
import path from 'node:path';
import { AppError, formatIssues, type Issue } from './errors';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/** Express's 'trust proxy' setting: off, on, a hop count, or addresses and subnets. */
export type TrustProxy = boolean | number | string[];

export interface Config {
  readonly port: number;
  /** Interface to bind; undefined means every interface (Node's default). */
  readonly host: string | undefined;
  readonly logLevel: LogLevel;
  /** Absolute path of the folder of rubric JSON files. */
  readonly rubricsDir: string;
  /** Largest request body accepted, in bytes (413 above it). */
  readonly bodyLimitBytes: number;
  /** Per-IP limit on the feedback endpoints: at most `max` requests per `windowMs`. */
  readonly rateLimit: Readonly<{ windowMs: number; max: number }>;
  readonly trustProxy: TrustProxy;
  /** HTTP worker processes; more than 1 runs a node:cluster primary that forks them. */
  readonly workers: number;
  /** How long a graceful shutdown waits for in-flight requests before closing their sockets. */
  readonly shutdownTimeoutMs: number;
}

/** Thrown by loadConfig with one issue per bad variable (pointer = the variable's name). */
export class ConfigError extends AppError {
  constructor(issues: Issue[]) {
    super('invalid-config', 500, `Invalid configuration:\n${formatIssues(issues)}`, { issues });
  }
}

/** src/ and dist/ both sit directly under the package root. */
const PACKAGE_ROOT = path.resolve(__dirname, '..');
const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const SIZE_UNITS: Record<string, number> = { '': 1, b: 1, kb: 1024, mb: 1024 * 1024 };

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Reads and checks the configuration from an environment (process.env by default).
 *
 * @example
 *   const config = loadConfig({ PORT: '8080', RATE_LIMIT_MAX: '1000' });
 *   config.port; // 8080
 * @throws ConfigError listing every bad variable at once.
 */
export function loadConfig(env: Env = process.env): Config {
  const issues: Issue[] = [];
  const read = createReader(env, issues);
  const config: Config = {
    port: read('PORT', '3000', (v) => parseInteger(v, 0, 65535)),
    host: read('HOST', '', (v) => v.trim()) || undefined,
    logLevel: read('LOG_LEVEL', 'info', parseLogLevel),
    rubricsDir: path.resolve(read('RUBRICS_DIR', path.join(PACKAGE_ROOT, 'rubrics'), parsePath)),
    // The longest answer in its longest JSON spelling: 50,000 characters beyond U+FFFF written as
    // \uXXXX\uXXXX (12 bytes each, as Python's json.dumps writes them), with room to spare.
    bodyLimitBytes: read('BODY_LIMIT', '600kb', parseSize),
    rateLimit: Object.freeze({
      windowMs: read('RATE_LIMIT_WINDOW_MS', '60000', (v) => parseInteger(v, 1, 24 * 60 * 60 * 1000)),
      max: read('RATE_LIMIT_MAX', '60', (v) => parseInteger(v, 1, Number.MAX_SAFE_INTEGER)),
    }),
    trustProxy: read('TRUST_PROXY', 'false', parseTrustProxy),
    workers: read('WORKERS', '1', parseWorkers),
    shutdownTimeoutMs: read('SHUTDOWN_TIMEOUT_MS', '10000', (v) => parseInteger(v, 0, 10 * 60 * 1000)),
  };
  if (issues.length > 0) throw new ConfigError(issues);
  return Object.freeze(config);
}

/** A parser returns the value or a string saying what was expected. */
type Parser<T> = (value: string) => T | { expected: string };

function createReader(env: Env, issues: Issue[]) {
  return function read<T>(name: string, fallback: string, parse: Parser<T>): T {
    const raw = env[name];
    const value = raw === undefined || raw === '' ? fallback : raw;
    const parsed = parse(value);
    if (isFailure(parsed)) {
      issues.push({ pointer: name, message: `expected ${parsed.expected}, found ${JSON.stringify(value)}` });
      // The caller throws before this placeholder is ever used.
      return undefined as T;
    }
    return parsed;
  };
}

function isFailure(value: unknown): value is { expected: string } {
  return typeof value === 'object' && value !== null && 'expected' in value && !Array.isArray(value);
}

function parseInteger(value: string, min: number, max: number): number | { expected: string } {
  const n = /^\d+$/.test(value.trim()) ? Number(value.trim()) : NaN;
  return Number.isSafeInteger(n) && n >= min && n <= max
    ? n
    : { expected: `an integer from ${min} to ${max}` };
}

function parseLogLevel(value: string): LogLevel | { expected: string } {
  const level = LOG_LEVELS.find((l) => l === value.trim().toLowerCase());
  return level ?? { expected: `one of ${LOG_LEVELS.join(', ')}` };
}

function parsePath(value: string): string | { expected: string } {
  return value.trim() ? value.trim() : { expected: 'a folder path' };
}

function parseSize(value: string): number | { expected: string } {
  const match = /^(\d+)\s*(b|kb|mb)?$/i.exec(value.trim());
  const unit = SIZE_UNITS[(match?.[2] ?? '').toLowerCase()];
  const bytes = match && unit ? Number(match[1]) * unit : NaN;
  return bytes >= 1024 && bytes <= 64 * 1024 * 1024
    ? bytes
    : { expected: 'a size from 1kb to 64mb such as 614400, 600kb or 1mb' };
}

function parseTrustProxy(value: string): TrustProxy | { expected: string } {
  const v = value.trim().toLowerCase();
  if (v === 'true' || v === 'false') return v === 'true';
  if (/^\d+$/.test(v)) return parseInteger(v, 0, 100);
  const entries = v.split(',').map((s) => s.trim());
  return entries.every((e) => /^[0-9a-f.:/]+$|^(loopback|linklocal|uniquelocal)$/.test(e))
    ? entries
    : { expected: 'true, false, a hop count, or comma-separated addresses/subnets (loopback, 10.0.0.0/8)' };
}

function parseWorkers(value: string): number | { expected: string } {
  if (value.trim().toLowerCase() === 'auto') return os.availableParallelism();
  const n = parseInteger(value, 1, 256);
  return typeof n === 'number' ? n : { expected: 'an integer from 1 to 256, or auto (one per core)' };
}
