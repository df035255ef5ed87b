import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Debian's Chromium, headless, with everything that phones home switched off. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface Session {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Console errors and uncaught page errors seen so far, as text. */
  readonly errors: string[];
  close(): Promise<void>;
}

/**
 * A fresh browser context (empty localStorage) with an English browser locale, recording every
 * console error and page error so a test can assert the session stayed clean.
 */
export async function openSession(browser: Browser, baseURL: string, locale = 'en-US'): Promise<Session> {
  const context = await browser.newContext({ baseURL, locale, viewport: { width: 1600, height: 1000 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  return { context, page, errors, close: () => context.close() };
}

/** Saves a full-page screenshot to `test-results/screenshots/<name>.png`. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  const dir = path.resolve('test-results', 'screenshots');
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Polls until the value matches; Playwright-style auto-waiting for plain values. */
export function eventually<T>(read: () => Promise<T> | T) {
  return expect.poll(read, { timeout: 15_000, interval: 100 });
}

/** The trimmed text of a locator, waiting for it to be attached. */
export async function textOf(locator: Locator): Promise<string> {
  await locator.waitFor({ state: 'attached' });
  return ((await locator.textContent()) ?? '').trim();
}

/** The integer in a findings count tile (`findings-count-gaps`, ...). */
export async function countOf(page: Page, name: 'functions' | 'owned' | 'gaps' | 'overlaps' | 'mixed'): Promise<number> {
  return Number(await textOf(page.getByTestId(`findings-count-${name}`)));
}
