import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { countOf, eventually, launchBrowser, openSession, saveScreenshot, textOf } from './helpers/browser';
import type { Session } from './helpers/browser';
import { startDemoServer } from './helpers/server';
import type { DemoServer } from './helpers/server';

describe('editing the map', () => {
  let server: DemoServer;
  let browser: Browser;
  let session: Session;
  /** Console errors the browser logs for requests that were meant to fail (the error test). */
  const expectedFailures: RegExp[] = [];

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchBrowser();
    session = await openSession(browser, server.url);
  });

  afterAll(async () => {
    await session?.close();
    await browser?.close();
    await server?.close();
  });

  it('adds a department with a centre and a head, and it appears in the matrix and the chart', async () => {
    const { page } = session;
    await page.goto('/w/company-a/edit');
    const form = page.getByTestId('add-department-form');
    await form.waitFor();
    await page.getByTestId('new-department-name').fill('Growth lab');
    await page.getByTestId('new-department-id').fill('growth-lab');
    await page.getByTestId('new-department-head').fill('Ana Ruiz');
    const centreSelect = page.getByTestId('new-department-centre');
    const firstCentre = await centreSelect.locator('option').nth(1).getAttribute('value');
    if (firstCentre) await centreSelect.selectOption(firstCentre);
    await page.getByTestId('add-department-submit').click();

    const row = page.getByTestId('dept-row-growth-lab');
    await row.waitFor();
    expect(await textOf(row)).toContain('Ana Ruiz');
    await eventually(() => page.getByTestId('new-department-name').inputValue()).toBe('');

    await page.getByTestId('tab-matrix').click();
    await page.getByTestId('matrix-row-growth-lab').waitFor();
    await page.getByTestId('tab-chart').click();
    await page.getByTestId('dept-card-growth-lab').waitFor();
    if (firstCentre) expect(await page.getByTestId(`centre-${firstCentre}`).getByTestId('dept-card-growth-lab').count()).toBe(1);
    await saveScreenshot(page, 'chart-after-add');
  });

  it('renames the department and changes its head', async () => {
    const { page } = session;
    await page.getByTestId('tab-edit').click();
    await page.getByTestId('edit-department-growth-lab').click();
    await page.getByTestId('edit-department-name').fill('Growth and retention lab');
    await page.getByTestId('edit-department-head').fill('Li Wei');
    await page.getByTestId('edit-department-save').click();
    const row = page.getByTestId('dept-row-growth-lab');
    await eventually(() => textOf(row)).toContain('Growth and retention lab');
    expect(await textOf(row)).toContain('Li Wei');
  });

  it('shows the server’s error, translated framing and issue paths, when a save is refused', async () => {
    const { page } = session;
    expectedFailures.push(/status of 4\d\d/);
    // A department id that already exists is refused by the server.
    await page.getByTestId('new-department-name').fill('Duplicate');
    await page.getByTestId('new-department-id').fill('growth-lab');
    await page.getByTestId('add-department-submit').click();
    const notice = page.getByTestId('add-department-form').getByTestId('error-notice');
    await notice.waitFor();
    expect(await textOf(notice)).toMatch(/^Could not save: /);
    await page.getByTestId('language-es').click();
    await eventually(() => textOf(notice)).toMatch(/^No se pudo guardar: /);
    await saveScreenshot(page, 'edit-error-es');
    await page.getByTestId('language-en').click();
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await eventually(() => notice.count()).toBe(0);
    await page.getByTestId('new-department-name').fill('');
    await page.getByTestId('new-department-id').fill('');
  });

  it('deletes the department after confirmation', async () => {
    const { page } = session;
    await page.getByTestId('delete-department-growth-lab').click();
    await page.getByTestId('delete-department-growth-lab-confirm').click();
    await eventually(() => page.getByTestId('dept-row-growth-lab').count()).toBe(0);
    await page.getByTestId('tab-matrix').click();
    await page.getByTestId('matrix').waitFor();
    expect(await page.getByTestId('matrix-row-growth-lab').count()).toBe(0);
  });

  it('creates a workspace from a template and opens it', async () => {
    const { page } = session;
    await page.getByTestId('new-workspace-link').click();
    await page.waitForURL('**/new');
    const form = page.getByTestId('create-workspace-form');
    await form.waitFor();
    await form.locator('input[type="radio"][value="company-c"]').check();
    await page.getByTestId('create-workspace-name').fill('Clinica Demo');
    await page.getByTestId('create-workspace-id').fill('clinica-demo');
    await page.getByTestId('create-workspace-submit').click();
    await page.waitForURL('**/w/clinica-demo/matrix');
    await eventually(() => textOf(page.getByTestId('workspace-name'))).toBe('Clinica Demo');
    await eventually(() => countOf(page, 'gaps')).toBeGreaterThan(0);
    expect(await page.getByTestId('workspace-picker').inputValue()).toBe('clinica-demo');
  });

  it('sets the reporting time zone, currency and rates, checking them as they are typed', async () => {
    const { page } = session;
    await page.goto('/w/company-b/edit');
    const form = page.getByTestId('reporting-settings');
    await form.waitFor();
    await page.getByTestId('settings-currency').fill('YE');
    await form.getByRole('alert').waitFor();
    expect(await page.getByTestId('settings-save').isDisabled()).toBe(true);
    await page.getByTestId('settings-currency').fill('jpy');
    await page.getByTestId('settings-rates').fill('USD=150.25\nlots');
    expect(await textOf(form.getByRole('alert'))).toContain('lots');
    await page.getByTestId('settings-rates').fill('USD=150.25');
    await page.getByTestId('settings-time-zone').selectOption('Asia/Tokyo');
    await page.getByTestId('settings-save').click();
    await page.getByTestId('settings-saved').waitFor();
    await page.reload();
    await page.getByTestId('reporting-settings').waitFor();
    await eventually(() => page.getByTestId('settings-time-zone').inputValue()).toBe('Asia/Tokyo');
    expect(await page.getByTestId('settings-currency').inputValue()).toBe('JPY');
    expect(await page.getByTestId('settings-rates').inputValue()).toBe('USD=150.25');
    await saveScreenshot(page, 'reporting-settings');
  });

  it('sets the metric settings, checking them as they are typed, in the reader’s language', async () => {
    const { page } = session;
    const form = page.getByTestId('metric-settings');
    await form.waitFor();
    await page.getByTestId('metric-settings-paths').fill('/shop\nstore');
    await eventually(() => textOf(form.getByRole('alert'))).toContain('store');
    expect(await page.getByTestId('metric-settings-save').isDisabled()).toBe(true);
    await page.getByTestId('language-ja').click();
    await eventually(() => textOf(form.getByRole('alert'))).toContain('パスは「/」で始めてください');
    await page.getByTestId('language-en').click();
    await page.getByTestId('metric-settings-paths').fill('/shop\n/store');
    await page.getByTestId('metric-settings-audience').fill('country in JP\nage between 40 18');
    expect(await textOf(form.getByRole('alert'))).toContain('Line 2');
    await page.getByTestId('metric-settings-audience').fill('country in JP\nage between 18 40');
    await page.getByTestId('metric-settings-retention').fill('14');
    await page.getByTestId('metric-settings-accounts').fill('line, twitter');
    await page.getByTestId('metric-settings-save').click();
    await page.getByTestId('metric-settings-saved').waitFor();
    const stored = await page.evaluate(async () => (await fetch('/api/workspaces/company-b/metric-settings')).json());
    expect(stored).toEqual({
      targetAudience: [
        { trait: 'country', op: 'in', values: ['JP'] },
        { trait: 'age', op: 'between', min: 18, max: 40 },
      ],
      retentionDay: 14,
      ownAccounts: ['line', 'twitter'],
      storePathPrefixes: ['/shop', '/store'],
    });
    await page.reload();
    await page.getByTestId('metric-settings').waitFor();
    await eventually(() => page.getByTestId('metric-settings-retention').inputValue()).toBe('14');
    expect(await page.getByTestId('metric-settings-audience').inputValue()).toBe('country in JP\nage between 18 40');
    await saveScreenshot(page, 'metric-settings');
  });

  it('creates a write key, shows it once with the snippet, and revokes it', async () => {
    const { page } = session;
    await page.goto('/w/company-b/edit');
    await page.getByTestId('write-keys').waitFor();
    await page.getByTestId('new-key-label').fill('website');
    await page.getByTestId('create-key').click();
    const secret = (await textOf(page.getByTestId('new-key-secret'))).trim();
    expect(secret).toMatch(/^wk_/);
    expect(await textOf(page.getByTestId('new-key-script'))).toContain(`data-write-key="${secret}"`);
    const row = page.getByTestId('write-key-website');
    await row.waitFor();
    await saveScreenshot(page, 'write-keys');
    // The key works until it is revoked.
    const send = () => page.evaluate(async (key) => (await fetch('/v1/track', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Basic ${btoa(`${key}:`)}` }, body: JSON.stringify({ event: 'Key Check', userId: 'e2e' }) })).status, secret);
    expect(await send()).toBe(200);
    await page.getByTestId('revoke-key-website').click();
    await page.getByTestId('revoke-key-website-confirm').click();
    await eventually(async () => (await textOf(row)).includes('Revoked')).toBe(true);
    expectedFailures.push(/401/);
    expect(await send()).toBe(401);
  });

  it('logged no console errors or page errors beyond the refused save', () => {
    const unexpected = session.errors.filter((e) => !expectedFailures.some((re) => re.test(e)));
    expect(unexpected).toEqual([]);
  });
});
