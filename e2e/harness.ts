/**
 * Browser tier harness: starts the real server (`npm start` path: scripts/start.mjs) on a free port with a fresh
 * data directory, and Debian's Chromium through playwright-core.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { DEMO_PASSWORD } from '../src/services/demo-data/index.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (addr && typeof addr === 'object' ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

export interface Server {
  url: string;
  dataDir: string;
  output: () => string;
  /** Sends SIGTERM and resolves with the exit code; removes the data directory unless keepData was given. */
  stop(): Promise<number | null>;
}

/** The migrated data directory with demo data that the browser tier's set-up made (see global-setup.ts). */
function dataTemplate(): string | undefined {
  try {
    return inject('motcuaE2eDataTemplate');
  } catch {
    return undefined; // outside the test runner
  }
}

/**
 * Starts the server on a free port. Without `dataDir` it runs on a fresh copy of the set-up's data directory
 * (migrated, demo data loaded); `fresh` (or an explicit `dataDir`) starts from whatever that directory holds.
 */
export async function startServer(
  env: Record<string, string> = {},
  opts: { dataDir?: string; keepData?: boolean; fresh?: boolean; port?: number } = {},
): Promise<Server> {
  // A port chosen beforehand when something else must know the server's address first (an identity provider).
  const port = opts.port ?? (await freePort());
  const dataDir = opts.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-e2e-'));
  const template = opts.dataDir || opts.fresh ? undefined : dataTemplate();
  if (template) fs.cpSync(template, dataDir, { recursive: true });
  let output = '';
  const child: ChildProcess = spawn(process.execPath, ['scripts/start.mjs'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      MOTCUA_SKIP_WEB_BUILD: '1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error('server exited early:\n' + output);
    try {
      const res = await fetch(url + '/api/health');
      if (res.ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error('server did not start:\n' + output);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    dataDir,
    output: () => output,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      if (!opts.keepData) fs.rmSync(dataDir, { recursive: true, force: true });
      return child.exitCode;
    },
  };
}

/** Playwright gives every launch a fresh, empty profile directory of its own. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
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
}

/** A journey file's server (on a copy of the prepared data) and browser. */
export interface Journey {
  server: Server;
  browser: Browser;
}

export async function openJourney(): Promise<Journey> {
  const server = await startServer();
  return { server, browser: await launchBrowser() };
}

export async function closeJourney(journey: Partial<Journey>): Promise<void> {
  await journey.browser?.close();
  await journey.server?.stop();
}

/**
 * A journey file's set-up in one line: before the file's first test it opens the journey (then runs `prepare`, if
 * given, with it), after the last it closes it. The returned object is filled in by then: read `journey.server` and
 * `journey.browser` inside the tests, not at the top of the file.
 */
export function useJourney(prepare?: (journey: Journey) => Promise<void>, timeout?: number): Journey {
  const journey = {} as Journey;
  beforeAll(async () => {
    Object.assign(journey, await openJourney());
    await prepare?.(journey);
  }, timeout);
  afterAll(() => closeJourney(journey));
  return journey;
}

export const viewports = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1366, height: 900 },
} as const;

export async function newPage(
  browser: Browser,
  size: keyof typeof viewports = 'desktop',
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: viewports[size], locale: 'vi-VN' });
  const page = await context.newPage();
  return { context, page };
}

/**
 * Signs in on the login page as a demo account and waits until the login page has sent the browser on to `path`
 * (a same-site path, query allowed).
 */
export async function signIn(page: Page, server: Server, username: string, path = '/ban-lam-viec/ho-so') {
  await page.goto(`${server.url}/dang-nhap?next=${encodeURIComponent(path)}`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  const pathname = path.split('?')[0];
  await page.waitForURL((u) => u.pathname === pathname);
}

/**
 * One test's page in a fresh context at the viewport's size (desktop unless told), closed when `test` ends whether
 * it passed or not: signed in as `as` and sent on to `path` (signIn's default without it), or opened at `path`.
 */
export async function onPage(
  journey: Journey,
  open: { size?: keyof typeof viewports; as?: string; path?: string },
  test: (page: Page, context: BrowserContext) => Promise<void>,
): Promise<void> {
  const { context, page } = await newPage(journey.browser, open.size);
  try {
    if (open.as) await signIn(page, journey.server, open.as, open.path);
    else if (open.path !== undefined) await page.goto(journey.server.url + open.path);
    await test(page, context);
  } finally {
    await context.close();
  }
}

/** Signs in through the API only (no page), for checks and set-up a person would do elsewhere. */
export async function apiSession(journey: Journey, username: string): Promise<BrowserContext> {
  const context = await journey.browser.newContext();
  const res = await context.request.post(`${journey.server.url}/api/auth/login`, {
    data: { username, password: DEMO_PASSWORD },
  });
  expect(res.status(), await res.text()).toBe(200);
  return context;
}

/** Signs a demo account in through the API with plain fetch; returns the cookie and CSRF headers of its session. */
export async function loginHeaders(server: Server, username: string): Promise<Record<string, string>> {
  const login = await fetch(server.url + '/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  expect(login.status).toBe(200);
  const cookies = new Map(
    login.headers.getSetCookie().map((c) => c.split(';')[0]!.split('=') as [string, string]),
  );
  return {
    cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; '),
    'x-csrf-token': cookies.get('motcua_csrf') ?? '',
  };
}

/** The CSRF header a signed-in context sends with a write. */
export async function csrfHeader(context: BrowserContext): Promise<Record<string, string>> {
  const token = (await context.cookies()).find((c) => c.name === 'motcua_csrf')?.value ?? '';
  return { 'x-csrf-token': decodeURIComponent(token) };
}

/** The SMS messages the server's development channel wrote (messages.jsonl in its data directory), newest last. */
export function sentMessages(server: Server): { to: string; body: string }[] {
  const file = path.join(server.dataDir, 'messages.jsonl');
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { to: string; body: string });
}

/** Fails when a page at phone size scrolls sideways. */
export async function expectNoSideScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  expect(overflow).toBe(false);
}

/**
 * Clicks a button that disables itself once it has done its work (the intake's "Đủ"), again if a click landed
 * while the form was re-rendering and was lost; gives up after a few tries (what the test checks next fails then).
 */
export async function clickUntilDisabled(button: Locator, tries = 3): Promise<void> {
  for (let i = 0; i < tries && !(await button.isDisabled()); i++) {
    await button.click();
    await expect
      .poll(() => button.isDisabled(), { timeout: 2_000 })
      .toBe(true)
      .catch(() => undefined);
  }
}

/** Runs axe-core (WCAG 2.1 A and AA rules) on the page and returns the violations. */
export async function axeViolations(page: Page) {
  // Transient toasts fade in and out: measured mid-animation their text blends into the page and fails the contrast
  // rule. Let them go first (settled toasts use Ant Design's default dark text, which passes).
  await page
    .locator('.ant-message-notice, .ant-notification-notice')
    .first()
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => undefined);
  // Likewise a button that has just become enabled fades to its colours: let finite transitions end (2 s at most).
  await page.evaluate(() =>
    Promise.race([
      Promise.all(
        document
          .getAnimations()
          .filter((a) => a.effect?.getTiming().iterations !== Infinity)
          .map((a) => a.finished.catch(() => undefined)),
      ),
      new Promise((resolve) => setTimeout(resolve, 2_000)),
    ]),
  );
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    nodes: v.nodes.map((n) => n.target.join(' ')),
  }));
}

/** Saves a screenshot under test-results/ for people to look at (not compared automatically). */
export async function screenshot(page: Page, name: string) {
  fs.mkdirSync('test-results', { recursive: true });
  await page.screenshot({ path: path.join('test-results', name + '.png'), fullPage: true });
}

/**
 * Looks at the page at each size in turn (phone then desktop unless told): a screenshot for people and an axe check
 * that must find nothing. The page is left at the last size.
 */
export async function lookAt(
  page: Page,
  name: string,
  sizes: (keyof typeof viewports)[] = ['phone', 'desktop'],
): Promise<void> {
  for (const size of sizes) {
    await page.setViewportSize(viewports[size]);
    await screenshot(page, `${name}-${size}`);
    expect(await axeViolations(page)).toEqual([]);
  }
}
