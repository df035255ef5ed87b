import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { ChannelRulesView } from '@marketops/contracts';
import { eventually, launchBrowser, openSession, saveScreenshot, textOf } from './helpers/browser';
import type { Session } from './helpers/browser';
import { startDemoServer } from './helpers/server';
import type { DemoServer } from './helpers/server';

const WORKSPACE = 'company-a';

/** The stored rules, read past the UI. */
const storedRules = (page: Page) => page.evaluate(async (ws) => (await fetch(`/api/workspaces/${ws}/channel-rules`)).json() as Promise<ChannelRulesView>, WORKSPACE);
const ruleRows = (page: Page) => page.getByTestId('channel-rules-list').locator(':scope > li');

describe('channel rules', () => {
  let server: DemoServer;
  let browser: Browser;
  let session: Session;
  /** Console errors the browser logs for requests that were meant to fail (the refused save). */
  const expectedFailures: RegExp[] = [];
  /** How many rules the defaults have; a new rule is added after them. */
  let defaults = 0;

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

  it('shows the default rules in order, each condition as a phrase', async () => {
    const { page } = session;
    await page.goto(`/w/${WORKSPACE}/edit`);
    await page.getByTestId('channel-rules').waitFor();
    await eventually(() => ruleRows(page).count()).toBeGreaterThan(10);
    defaults = await ruleRows(page).count();
    expect(defaults).toBe((await storedRules(page)).rules.length);
    expect(await textOf(page.getByTestId('channel-rules-badge'))).toBe('Default rules');
    expect(await textOf(page.getByTestId('channel-rule-0-channel'))).toBe('Direct');
    expect(await textOf(page.getByTestId('channel-rule-0-summary'))).toBe('source is (direct) and medium is one of (not set), (none)');
    const paidSocial = ruleRows(page).filter({ has: page.getByText('Paid Social', { exact: true }) });
    expect(await textOf(paidSocial.locator('.channel-rule-summary'))).toMatch(/^source is a social site and medium matches \^/);
    expect(await page.getByTestId('channel-rules-save').isDisabled()).toBe(true);
  });

  it('adds a rule, tests a traffic source against the draft, and moves the rule to the top, where it wins', async () => {
    const { page } = session;
    await page.getByTestId('channel-rules-add').click();
    const row = page.getByTestId(`channel-rule-${defaults}`);
    await row.getByTestId('channel-rule-editor').waitFor();
    // A new rule is incomplete until it has a channel and a value.
    expect(await page.getByTestId('channel-rules-save').isDisabled()).toBe(true);
    await row.getByTestId('channel-rule-channel').fill('Partner Sites');
    await row.getByTestId('channel-rule-test-0-text').fill('partner');
    await row.getByTestId(`channel-rule-${defaults}-edit`).click();
    expect(await textOf(row.getByTestId(`channel-rule-${defaults}-summary`))).toBe('medium is partner');
    expect(await textOf(page.getByTestId('channel-rules-unsaved'))).toBe('Unsaved changes');

    // Last, the rule loses to a default one: x is a social site.
    await page.getByTestId('channel-test-source').fill('x');
    await page.getByTestId('channel-test-medium').fill('partner');
    await page.getByTestId('channel-test-run').click();
    await eventually(() => textOf(page.getByTestId('channel-test-result'))).toMatch(/^Channel: Organic Social \(rule \d+\)$/);
    const organicSocial = Number(/rule (\d+)/.exec(await textOf(page.getByTestId('channel-test-result')))?.[1]) - 1;
    await page.getByTestId(`channel-rule-${organicSocial}-matched`).waitFor();

    // Moved to the top, it wins; the earlier answer no longer describes the draft and is gone.
    await page.getByTestId(`channel-rule-${defaults}-top`).click();
    expect(await textOf(page.getByTestId('channel-rule-0-channel'))).toBe('Partner Sites');
    expect(await page.getByTestId('channel-test-result').count()).toBe(0);
    await page.getByTestId('channel-test-run').click();
    await eventually(() => textOf(page.getByTestId('channel-test-result'))).toBe('Channel: Partner Sites (rule 1)');
    await page.getByTestId('channel-rule-0-matched').waitFor();
    expect(await page.getByTestId(`channel-rule-${organicSocial + 1}-matched`).count()).toBe(0);
    await saveScreenshot(page, 'channel-rules-tested');
  });

  it('saves the draft, offers to apply it to past events, and keeps it across a reload', async () => {
    const { page } = session;
    await page.getByTestId('channel-rules-save').click();
    await page.getByTestId('channel-rules-saved').waitFor();
    await page.getByTestId('channel-rules-reclassify').click();
    await eventually(() => textOf(page.getByTestId('channel-rules-reclassified'))).toMatch(/^Done: [\d,]+ traffic sources checked, [\d,]+ events changed channel\.$/);

    const stored = await storedRules(page);
    expect(stored.isDefault).toBe(false);
    expect(stored.rules[0]).toEqual({ channel: 'Partner Sites', when: { op: 'in', field: 'medium', values: ['partner'] } });

    await page.reload();
    await page.getByTestId('channel-rules').waitFor();
    await eventually(() => ruleRows(page).count()).toBe(defaults + 1);
    expect(await textOf(page.getByTestId('channel-rule-0-channel'))).toBe('Partner Sites');
    expect(await textOf(page.getByTestId('channel-rules-badge'))).toMatch(/^Own rules, saved /);
    expect(await page.getByTestId('channel-rules-badge').getAttribute('data-default')).toBe('false');
  });

  it('names a pattern the browser refuses next to its field, in the reader’s language, and will not save it', async () => {
    const { page } = session;
    const row = page.getByTestId('channel-rule-0');
    await row.getByTestId('channel-rule-0-edit').click();
    await row.getByTestId('channel-rule-test-0-op').selectOption('matches');
    await row.getByTestId('channel-rule-test-0-text').fill('^(partner');
    const alert = row.getByTestId('channel-rule-test-0').getByRole('alert');
    await eventually(() => textOf(alert)).toContain('Not a regular expression');
    expect(await page.getByTestId('channel-rules-save').isDisabled()).toBe(true);
    expect(await page.getByTestId('channel-test-run').isDisabled()).toBe(true);
    await page.getByTestId('language-es').click();
    await eventually(() => textOf(alert)).toContain('No es una expresión regular');
    await page.getByTestId('language-en').click();
    await saveScreenshot(page, 'channel-rules-invalid');
  });

  it('shows the server’s refusal next to the rule it names', async () => {
    const { page } = session;
    const row = page.getByTestId('channel-rule-0');
    // The browser compiles a lookbehind; the server's engine (RE2) refuses it.
    await row.getByTestId('channel-rule-test-0-text').fill('(?<=x)partner');
    await eventually(() => row.getByTestId('channel-rule-test-0').getByRole('alert').count()).toBe(0);
    expectedFailures.push(/status of 400/);
    await page.getByTestId('channel-rules-save').click();
    const refused = row.getByTestId('channel-rule-0-refused');
    await refused.waitFor();
    expect(await textOf(refused)).toContain('when.pattern');
    await saveScreenshot(page, 'channel-rules-refused');
    await page.getByTestId('channel-rules-discard').click();
    await eventually(() => refused.count()).toBe(0);
    expect(await textOf(page.getByTestId('channel-rule-0-summary'))).toBe('medium is partner');
  });

  it('resets to the defaults after confirmation', async () => {
    const { page } = session;
    await page.getByTestId('channel-rules-reset').click();
    await page.getByTestId('channel-rules-reset-confirm').click();
    await page.getByTestId('channel-rules-reset-done').waitFor();
    await eventually(() => ruleRows(page).count()).toBe(defaults);
    expect(await textOf(page.getByTestId('channel-rules-badge'))).toBe('Default rules');
    expect((await storedRules(page)).isDefault).toBe(true);
    expect(await page.getByTestId('channel-rules-reset').isDisabled()).toBe(true);
  });

  it('logged no console errors or page errors beyond the refused save', () => {
    const unexpected = session.errors.filter((e) => !expectedFailures.some((re) => re.test(e)));
    expect(unexpected).toEqual([]);
  });
});
