/**
 * Shared set-up for the browser suite: Debian's Chromium driven by playwright-core (never a
 * downloaded browser) against the real app with the bundled rubrics, served on port 0.
 */
import fs from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { loadRubricDir } from '../../src/rubric';
import { createCatalog } from '../../src/scoring';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS_DIR = path.resolve(__dirname, '..', 'screenshots');
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** True when the browser can run here; CI installs it, so there a missing browser is a failure. */
export function browserAvailable(): boolean {
  if (fs.existsSync(CHROMIUM_PATH)) return true;
  const how = `Install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH, then run: npx jest test/browser`;
  if (process.env.CI) throw new Error(`The browser suite needs Chromium at ${CHROMIUM_PATH}. ${how}`);
  console.warn(`BROWSER SUITE DID NOT RUN: no Chromium at ${CHROMIUM_PATH}. ${how}`);
  return false;
}

export interface RunningSite {
  url: string;
  close(): Promise<void>;
}

/** The real app over the bundled rubrics, listening on a free loopback port. */
export async function startSite(): Promise<RunningSite> {
  const config = loadConfig({ LOG_LEVEL: 'silent', RATE_LIMIT_MAX: '100000' });
  const { rubrics, lexicon } = await loadRubricDir(config.rubricsDir);
  const app = createApp({
    catalog: createCatalog(rubrics, { lexicon }),
    log: pino({ level: 'silent' }),
    config,
  });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A headless Chromium with a throwaway profile (it refuses --user-data-dir among the args). */
export async function launchBrowser(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'essay-feedback-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1100, height: 900 },
    locale: 'en-GB',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
}

/**
 * Runs axe-core in the page and returns the serious and critical violations. axe is evaluated
 * through the DevTools protocol: the site's CSP rightly refuses an injected <script> tag, and
 * the CSP stays on so the other tests see what a student's browser enforces.
 */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = (await page.evaluate(
    `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    })))`,
  )) as AxeViolation[];
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS_DIR, `${name}.png`), fullPage: true });
}
