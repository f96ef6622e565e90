import os from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig } from '../../src/config';

describe('loadConfig', () => {
  it('serves the bundled rubrics on port 3000 with nothing set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      host: undefined,
      logLevel: 'info',
      bodyLimitBytes: 600 * 1024,
      rateLimit: { windowMs: 60_000, max: 60 },
      trustProxy: false,
      workers: 1,
      shutdownTimeoutMs: 10_000,
    });
    expect(config.rubricsDir).toBe(path.resolve(__dirname, '..', '..', 'rubrics'));
  });

  it.each([
    ['PORT', '8080', { port: 8080 }],
    ['PORT', '0', { port: 0 }],
    ['HOST', '127.0.0.1', { host: '127.0.0.1' }],
    ['LOG_LEVEL', 'WARN', { logLevel: 'warn' }],
    ['BODY_LIMIT', '1mb', { bodyLimitBytes: 1024 * 1024 }],
    ['BODY_LIMIT', '4096', { bodyLimitBytes: 4096 }],
    ['RATE_LIMIT_MAX', '1000000', { rateLimit: { windowMs: 60_000, max: 1_000_000 } }],
    ['RATE_LIMIT_WINDOW_MS', '1000', { rateLimit: { windowMs: 1000, max: 60 } }],
    ['TRUST_PROXY', 'true', { trustProxy: true }],
    ['TRUST_PROXY', '2', { trustProxy: 2 }],
    ['TRUST_PROXY', 'loopback, 10.0.0.0/8', { trustProxy: ['loopback', '10.0.0.0/8'] }],
    ['WORKERS', '2', { workers: 2 }],
    ['WORKERS', 'auto', { workers: os.availableParallelism() }],
  ])('reads %s=%s', (name, value, expected) => {
    expect(loadConfig({ [name]: value })).toMatchObject(expected);
  });

  it('resolves a relative RUBRICS_DIR against the working directory', () => {
    expect(loadConfig({ RUBRICS_DIR: 'my-rubrics' }).rubricsDir).toBe(path.resolve('my-rubrics'));
  });

  it.each([
    ['PORT', 'eighty', 'expected an integer from 0 to 65535, found "eighty"'],
    ['PORT', '70000', 'expected an integer from 0 to 65535, found "70000"'],
    ['PORT', '-1', 'expected an integer from 0 to 65535'],
    [
      'LOG_LEVEL',
      'verbose',
      'expected one of fatal, error, warn, info, debug, trace, silent, found "verbose"',
    ],
    ['BODY_LIMIT', 'huge', 'expected a size from 1kb to 64mb'],
    ['BODY_LIMIT', '10', 'expected a size from 1kb to 64mb'],
    ['RATE_LIMIT_MAX', '0', 'expected an integer from 1 to'],
    ['RATE_LIMIT_WINDOW_MS', '1.5', 'expected an integer from 1 to'],
    ['TRUST_PROXY', 'yes please', 'expected true, false, a hop count'],
    ['WORKERS', '0', 'expected an integer from 1 to 256, or auto'],
    ['SHUTDOWN_TIMEOUT_MS', 'soon', 'expected an integer from 0 to'],
  ])('refuses %s=%s and names the variable', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(`${name}: ${message}`);
  });

  it('reports every bad variable at once', () => {
    try {
      loadConfig({ PORT: 'x', WORKERS: 'many' });
      throw new Error('expected loadConfig to throw');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).issues.map((i) => i.pointer)).toEqual(['PORT', 'WORKERS']);
    }
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '', HOST: '' })).toMatchObject({ port: 3000, host: undefined });
  });

  it('returns a frozen object', () => {
    const config = loadConfig({});
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.rateLimit)).toBe(true);
  });
});
