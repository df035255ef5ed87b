import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { CatalogResponse } from '@marketops/contracts';
import { countOf, eventually, launchBrowser, openSession, saveScreenshot, textOf } from './helpers/browser';
import type { Session } from './helpers/browser';
import { startDemoServer } from './helpers/server';
import type { DemoServer } from './helpers/server';

/** The corner header of the matrix in each language (from the UI's own translations). */
const DEPARTMENT_HEADER = { en: 'Department', es: 'Departamento', ja: '部門', zh: '部门' } as const;

describe('responsibility matrix', () => {
  let server: DemoServer;
  let browser: Browser;
  let session: Session;
  let catalog: CatalogResponse;

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchBrowser();
    session = await openSession(browser, server.url);
    catalog = (await (await fetch(`${server.url}/api/catalog`)).json()) as CatalogResponse;
  });

  afterAll(async () => {
    await session?.close();
    await browser?.close();
    await server?.close();
  });

  it('opens the demo workspace company-b on the value chain, and the matrix from its tab', async () => {
    const { page } = session;
    await page.goto('/');
    await page.waitForURL('**/w/company-b/overview');
    await page.getByTestId('tab-matrix').click();
    await page.waitForURL('**/w/company-b/matrix');
    await page.getByTestId('matrix').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await eventually(() => countOf(page, 'functions')).toBe(catalog.functions.length);
  });

  it('renders in all four languages, switchable at any time, and remembers the choice', async () => {
    const { page } = session;
    const newMedia = catalog.functions.find((f) => f.id === 'new-media')!;
    for (const language of ['es', 'ja', 'zh', 'en'] as const) {
      await page.getByTestId(`language-${language}`).click();
      await eventually(() => page.evaluate(() => document.documentElement.lang)).toBe(language);
      await eventually(() => textOf(page.locator('.matrix .corner'))).toBe(DEPARTMENT_HEADER[language]);
      await eventually(() => textOf(page.getByTestId('function-head-new-media').locator('.function-name'))).toBe(newMedia.name[language]);
      expect(await page.getByTestId(`language-${language}`).getAttribute('aria-pressed')).toBe('true');
      await saveScreenshot(page, `matrix-${language}`);
    }

    await page.getByTestId('language-zh').click();
    await eventually(() => textOf(page.getByTestId('function-head-new-media').locator('.function-name'))).toBe('新媒体');
    expect(await textOf(page.locator('.matrix .corner'))).toBe('部门');
    await page.reload();
    await page.getByTestId('matrix').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh');
    expect(await textOf(page.locator('.matrix .corner'))).toBe('部门');
    await page.getByTestId('language-en').click();
    await eventually(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
  });

  it('updates the findings when an assignment is edited: overlap removed, gap filled', async () => {
    const { page } = session;
    const overlaps = await countOf(page, 'overlaps');
    expect(overlaps).toBeGreaterThan(0);

    // Click the second accountable owner of new media: accountable -> contributing.
    const overlapCells = page.locator('[data-function="new-media"][data-overlap="true"]');
    await eventually(() => overlapCells.count()).toBeGreaterThan(1);
    const second = overlapCells.nth(1);
    const testId = (await second.getAttribute('data-testid'))!;
    const cell = page.getByTestId(testId);
    expect(await cell.getAttribute('data-state')).toBe('accountable');
    expect(await cell.getAttribute('aria-label')).toContain('Overlap');
    await cell.click();
    await eventually(() => cell.getAttribute('data-state')).toBe('contributing');
    await eventually(() => countOf(page, 'overlaps')).toBe(overlaps - 1);
    await eventually(() => cell.getAttribute('data-overlap')).toBeNull();
    await eventually(() => cell.getByTestId('overlap-marker').count()).toBe(0);
    expect(await cell.getAttribute('aria-label')).not.toContain('Overlap');
    await eventually(() => page.getByTestId('overlap-head-new-media').count()).toBe(0);

    // Make a gap function accountable: pick an empty cell in a gap column.
    const gaps = await countOf(page, 'gaps');
    expect(gaps).toBeGreaterThan(0);
    const gapMarker = page.locator('[data-testid^="gap-marker-"]').first();
    const gapFunction = (await gapMarker.getAttribute('data-testid'))!.replace('gap-marker-', '');
    const emptyCell = page.locator(`[data-function="${gapFunction}"][data-state="none"]`).first();
    const emptyId = (await emptyCell.getAttribute('data-testid'))!;
    await page.getByTestId(emptyId).click();
    await eventually(() => page.getByTestId(emptyId).getAttribute('data-state')).toBe('accountable');
    await eventually(() => countOf(page, 'gaps')).toBe(gaps - 1);
    await eventually(() => page.getByTestId(`gap-marker-${gapFunction}`).count()).toBe(0);
    await saveScreenshot(page, 'matrix-after-edits');
  });

  it('cycles a cell with the keyboard back to empty', async () => {
    const { page } = session;
    const cell = page.locator('[data-function][data-state="none"]').first();
    const testId = (await cell.getAttribute('data-testid'))!;
    const target = page.getByTestId(testId);
    await target.focus();
    await page.keyboard.press('Enter');
    await eventually(() => target.getAttribute('data-state')).toBe('accountable');
    await page.keyboard.press('Enter');
    await eventually(() => target.getAttribute('data-state')).toBe('contributing');
    await page.keyboard.press('Enter');
    await eventually(() => target.getAttribute('data-state')).toBe('none');
    expect(await target.getAttribute('aria-label')).toContain('Not assigned');
  });

  it('shows every view and saves a screenshot of each', async () => {
    const { page } = session;
    for (const view of ['chart', 'kpis', 'edit', 'matrix'] as const) {
      await page.getByTestId(`tab-${view}`).click();
      await page.waitForURL(`**/w/company-b/${view}`);
      const marker = { chart: 'org-chart', kpis: 'department-kpis', edit: 'edit-map', matrix: 'matrix' }[view];
      await page.getByTestId(marker).waitFor();
      await saveScreenshot(page, `${view}-en`);
    }
    await page.getByTestId('language-zh').click();
    for (const view of ['chart', 'kpis'] as const) {
      await page.getByTestId(`tab-${view}`).click();
      await page.getByTestId(view === 'chart' ? 'org-chart' : 'department-kpis').waitFor();
      await saveScreenshot(page, `${view}-zh`);
    }
    await page.getByTestId('language-en').click();
  });

  it('logged no console errors and no page errors during the whole session', () => {
    expect(session.errors).toEqual([]);
  });
});
