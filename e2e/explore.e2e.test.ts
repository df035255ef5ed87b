import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Request } from 'playwright-core';
import en from '../packages/web/src/i18n/explore/en.json';
import es from '../packages/web/src/i18n/explore/es.json';
import ja from '../packages/web/src/i18n/explore/ja.json';
import zh from '../packages/web/src/i18n/explore/zh.json';
import { eventually, launchBrowser, openSession, saveScreenshot, textOf } from './helpers/browser';
import type { Session } from './helpers/browser';
import { waitForChange, waitForChart, paintedPixels, tableShown, expectCsvEqualsTable } from './helpers/explore';
import { startDemoServer } from './helpers/server';
import type { DemoServer } from './helpers/server';

const KINDS = ['trend', 'funnel', 'retention', 'attribution', 'reach'] as const;
const STRINGS = { en, es, ja, zh } as const;
describe('explorers', () => {
  let server: DemoServer;
  let browser: Browser;
  let session: Session;
  /** Console errors the browser logs for requests meant to fail (the server-error test). */
  const expectedFailures: RegExp[] = [];

  beforeAll(async () => {
    server = await startDemoServer(0, { demoEvents: 6000 });
    browser = await launchBrowser();
    session = await openSession(browser, server.url);
  });

  afterAll(async () => {
    await session?.close();
    await browser?.close();
    await server?.close();
  });

  it('opens every explorer in all four languages, each drawing its chart and table from data', async () => {
    const { page } = session;
    const shotLanguage = { trend: 'zh', funnel: 'ja', retention: 'es', attribution: 'zh', reach: 'ja' } as const;
    for (const kind of KINDS) {
      await page.goto(`/w/company-a/explore/${kind}`);
      const values = await waitForChart(page);
      expect(values.split(',').some((v) => /[1-9]/.test(v)), `${kind} chart data: ${values}`).toBe(true);
      expect(await paintedPixels(page), `${kind} canvas`).toBeGreaterThan(2000);
      expect((await tableShown(page)).rows.length, `${kind} table`).toBeGreaterThan(0);
      await saveScreenshot(page, `explore-${kind}-en`);
      for (const language of ['es', 'ja', 'zh', 'en'] as const) {
        await page.getByTestId(`language-${language}`).click();
        await eventually(() => textOf(page.getByTestId(`explore-nav-${kind}`))).toBe(STRINGS[language].explore.nav[kind]);
        await eventually(() => textOf(page.locator('.explore > .intro'))).toBe(STRINGS[language].explore.intro[kind]);
        expect(await waitForChart(page)).toBe(values);
        if (shotLanguage[kind] === language) await saveScreenshot(page, `explore-${kind}-${language}`);
      }
      expect(session.errors, `${kind}: console`).toEqual([]);
    }
  });

  it('keeps filters, breakdown and period in the URL: a change redraws, a reload restores the view', async () => {
    const { page } = session;
    await page.goto('/w/company-a/explore/funnel');
    const everyone = await waitForChart(page);

    await page.getByTestId('filter-kind').selectOption('channel');
    await page.getByTestId('filter-op').selectOption('equals');
    await page.getByTestId('filter-value').fill('Paid Search');
    await page.getByTestId('filter-add').click();
    await page.waitForURL(/[?&]f=channel%3Aequals%3APaid\+Search/);
    const paidSearch = await waitForChange(page, everyone);
    // Fewer people start the funnel from one channel than from all of them.
    expect(Number(paidSearch.split(',')[0])).toBeLessThan(Number(everyone.split(',')[0]));
    expect(Number(paidSearch.split(',')[0])).toBeGreaterThan(0);
    expect((await tableShown(page)).rows[0]![1]).toBe(Number(paidSearch.split(',')[0]).toLocaleString('en-GB'));

    await page.getByTestId('breakdown-kind').selectOption('campaign');
    await page.getByTestId('breakdown-field').selectOption('source');
    await page.waitForURL(/[?&]by=campaign%3Asource/);
    await eventually(async () => (await tableShown(page)).header[0]).toBe(en.explore.funnel.columns.group);
    await page.getByTestId('period-last-7').click();
    await page.waitForURL(/[?&]from=\d{4}-\d{2}-\d{2}/);
    await waitForChange(page, paidSearch);
    const before = { url: page.url(), values: await waitForChart(page), table: await tableShown(page) };

    await page.reload();
    expect(await waitForChart(page)).toBe(before.values);
    expect(page.url()).toBe(before.url);
    expect(await tableShown(page)).toEqual(before.table);
    expect(await textOf(page.getByTestId('filter-chip'))).toContain('Paid Search');
    expect(await page.getByTestId('breakdown-kind').inputValue()).toBe('campaign');
    expect(await page.getByTestId('breakdown-field').inputValue()).toBe('source');

    // A link to another explorer carries the period and filters over.
    await page.getByTestId('explore-nav-reach').click();
    await page.waitForURL('**/explore/reach?**');
    expect(new URL(page.url()).searchParams.get('f')).toBe('channel:equals:Paid Search');
    expect(new URL(page.url()).searchParams.get('by')).toBeNull();
    // Only Paid Search visits reach anyone; cost rows (which carry no visits) keep a reach of 0.
    const reached = (await waitForChart(page)).split(',').filter((entry) => !entry.endsWith(':0'));
    expect(reached.length).toBeGreaterThan(0);
    expect(reached.every((entry) => entry.startsWith('Paid Search:'))).toBe(true);
    await saveScreenshot(page, 'explore-reach-filtered');

    // Another explorer's own choices: the attribution flow's model, restored after a reload.
    await page.goto('/w/company-a/explore/attribution');
    const linear = await waitForChart(page);
    await page.getByTestId('attribution-flow').selectOption('first-touch');
    await page.waitForURL(/[?&]flow=first-touch/);
    const firstTouch = await waitForChange(page, linear);
    await page.reload();
    expect(await waitForChart(page)).toBe(firstTouch);
    expect(await page.getByTestId('attribution-flow').inputValue()).toBe('first-touch');
  });

  it('draws a trend line per breakdown value, filtered, with the metric’s owner, and restores it from the link', async () => {
    const { page } = session;
    await page.goto('/w/company-a/explore/trend?metric=user-ops.active-users&interval=week');
    const total = await waitForChart(page);
    expect(total.split(',')).toHaveLength(1);
    await page.getByTestId('metric-owner').waitFor();
    expect(await page.getByTestId('metric-owner').getAttribute('data-status')).toMatch(/^(owned|unowned|shared)$/);

    await page.getByTestId('breakdown-kind').selectOption('channel');
    await page.waitForURL(/[?&]by=channel/);
    const byChannel = await waitForChange(page, total);
    const lines = byChannel.split(',').map((line) => line.split(':')[0]);
    expect(lines[0]).toBe('total');
    expect(lines.length).toBeGreaterThan(3);
    expect(lines).toContain('Paid Search');

    await page.getByTestId('filter-kind').selectOption('channel');
    await page.getByTestId('filter-op').selectOption('in');
    await page.getByTestId('filter-value').fill('Paid Search, Paid Social');
    await page.getByTestId('filter-add').click();
    await page.waitForURL(/[?&]f=channel%3Ain%3APaid\+Search%2CPaid\+Social/);
    const paid = await waitForChange(page, byChannel);
    expect(paid.split(',').map((line) => line.split(':')[0]).sort()).toEqual(['Paid Search', 'Paid Social', 'total']);
    const table = await tableShown(page);
    expect(table.header.slice(1, 4).sort()).toEqual(['Paid Search', 'Paid Social', en.explore.trend.total].sort());
    await saveScreenshot(page, 'explore-trend-breakdown');

    await page.reload();
    expect(await waitForChart(page)).toBe(paid);
    expect(await tableShown(page)).toEqual(table);
  });

  it('breaks retention down by channel: every value side by side, one value’s cohorts on their own, kept in the link', async () => {
    const { page } = session;
    // Why cohorts of first visits: a breakdown value is read from the start event, and the demo's tracked events all arrive Direct.
    await page.goto('/w/company-a/explore/retention?interval=week&start=page');
    const whole = await waitForChart(page);
    const wholeTable = await tableShown(page);
    expect(await page.getByTestId('retention-group').count()).toBe(0);

    await page.getByTestId('breakdown-kind').selectOption('channel');
    await page.waitForURL(/[?&]by=channel(&|$)/);
    const picker = page.getByTestId('retention-group');
    await picker.waitFor();
    await page.locator('[data-testid="explore-result"][data-state="ready"]').waitFor();
    // The whole matrix stays as it was; the breakdown adds to it.
    expect(await waitForChart(page)).toBe(whole);
    expect(await tableShown(page)).toEqual(wholeTable);

    const values = await picker.locator('option').evaluateAll((nodes) => nodes.map((n) => (n as HTMLOptionElement).value));
    expect(values.length).toBeGreaterThan(1);
    expect(values).toContain('Paid Search');
    // A first-time cohort member starts once, on one channel: the values' people add up to everyone's.
    const groupRows = await page.getByTestId('retention-groups-table').locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim())));
    expect(groupRows.map((row) => row[0])).toEqual(values);
    const people = (text: string) => Number(text.replace(/\D/g, ''));
    expect(groupRows.reduce((sum, row) => sum + people(row[1]!), 0)).toBe(people(wholeTable.rows.at(-1)![1]!));

    const groupData = () => page.getByTestId('retention-group-data').getAttribute('data-values');
    expect(await picker.inputValue()).toBe(values[0]);
    const first = await groupData();
    await picker.selectOption(values[1]!);
    await page.waitForURL((url) => url.searchParams.get('group') === values[1]);
    await eventually(groupData).not.toBe(first);
    const chosen = { url: page.url(), values: await groupData(), rows: await page.getByTestId('retention-group-table').locator('tbody tr').count() };
    expect(chosen.rows).toBe(wholeTable.rows.length);
    const groupPixels = await page
      .getByTestId('retention-group-chart')
      .locator('canvas')
      .first()
      .evaluate((canvas: HTMLCanvasElement) => [...canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data].filter((v, i) => i % 4 === 3 && v > 0).length);
    expect(groupPixels).toBeGreaterThan(2000);

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('retention-group-table-csv').click()]);
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    const lines = (await readFile(await csv.path(), 'utf8')).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe(wholeTable.header.join(','));
    expect(lines).toHaveLength(chosen.rows + 1);
    await saveScreenshot(page, 'explore-retention-breakdown');

    await page.reload();
    await page.getByTestId('retention-group').waitFor();
    expect(page.url()).toBe(chosen.url);
    expect(await page.getByTestId('breakdown-kind').inputValue()).toBe('channel');
    expect(await page.getByTestId('retention-group').inputValue()).toBe(values[1]);
    expect(await groupData()).toBe(chosen.values);

    // Another breakdown drops the value chosen under the last one; a value the answer lacks falls back to the largest, saying so.
    await page.getByTestId('breakdown-kind').selectOption('campaign');
    await page.waitForURL((url) => url.searchParams.get('by') === 'campaign:name' && !url.searchParams.has('group'));
    await page.goto('/w/company-a/explore/retention?interval=week&start=page&by=channel&group=No+Such+Channel');
    await page.getByTestId('retention-group-missing').waitFor();
    expect(await page.getByTestId('retention-group').inputValue()).toBe(values[0]);
    await page.goto('/w/company-a/explore/retention?interval=week&start=page&group=Email');
    await eventually(() => textOf(page.getByTestId('url-invalid'))).toContain('group');
  });

  it('maps a cost file’s channel to a channel group, so its costs meet the group’s visits', async () => {
    const { page } = session;
    await page.goto('/w/company-a/explore/reach');
    const before = await waitForChart(page);
    const costOf = async (name: string) => (await tableShown(page)).rows.find((row) => row[0] === name)?.[4];
    expect(await costOf('Google Ads')).toMatch(/\d/);
    expect(await costOf('Paid Search')).toBe('—');
    await page.getByTestId('channel-map-from').fill('Google Ads');
    await page.getByTestId('channel-map-to').fill('Paid Search');
    await page.getByTestId('channel-map-add').click();
    await page.waitForURL(/[?&]cmap=Google\+Ads%3APaid\+Search/);
    await waitForChange(page, before);
    await eventually(() => costOf('Paid Search')).toMatch(/\d/);
    expect(await costOf('Google Ads')).toBeUndefined();
    await page.reload();
    await waitForChart(page);
    expect(await costOf('Paid Search')).toMatch(/\d/);
    expect(await textOf(page.getByTestId('channel-map'))).toContain('Google Ads → Paid Search');
  });

  it('downloads each table as a CSV equal to the table on screen', async () => {
    const { page } = session;
    for (const kind of ['reach', 'retention', 'trend'] as const) {
      await page.goto(`/w/company-a/explore/${kind}`);
      await waitForChart(page);
      await expectCsvEqualsTable(page, kind);
    }
  });

  it('downloads the chart as PNG and as SVG', async () => {
    const { page } = session;
    await page.goto('/w/company-a/explore/funnel');
    await waitForChart(page);
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('explore-chart-png').click()]);
    expect(png.suggestedFilename()).toMatch(/^Funnel-company-a-.*\.png$/);
    const pngBytes = await readFile(await png.path());
    expect([...pngBytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByTestId('explore-chart-svg').click()]);
    expect(svg.suggestedFilename()).toMatch(/\.svg$/);
    const svgText = await readFile(await svg.path(), 'utf8');
    expect(svgText).toMatch(/^<svg/);
    expect(svgText).toContain('Signed Up');
    expect(svgText).toContain('Order Completed');
  });

  it('suggests the workspace’s own event names first in the step fields', async () => {
    const { page } = session;
    await page.goto('/w/company-a/explore/funnel');
    const options = page.getByTestId('event-name-suggestions').locator('option');
    await eventually(() => options.count()).toBeGreaterThan(5);
    const values = await options.evaluateAll((nodes) => nodes.map((n) => (n as HTMLOptionElement).value));
    const fromApi = await page.evaluate(async () => ((await (await fetch('/api/workspaces/company-a/names')).json()) as { events: { name: string; count: number }[] }).events);
    expect(values).toEqual(fromApi.map((n) => n.name));
    // The demo company's own events come first, most frequent first.
    expect(fromApi[0]!.count).toBeGreaterThan(0);
    expect(fromApi.map((n) => n.count)).toEqual([...fromApi.map((n) => n.count)].sort((a, b) => b - a));
  });

  it('shows an invalid form value as an error in the reader’s language and sends no request', async () => {
    const { page } = session;
    const funnelRequests: unknown[] = [];
    const record = (request: Request) => {
      if (request.method() === 'POST' && request.url().includes('/analyses/funnel')) funnelRequests.push(request.postDataJSON());
    };
    page.on('request', record);
    try {
      await page.goto('/w/company-a/explore/funnel');
      await waitForChart(page);
      const url = page.url();
      const sent = funnelRequests.length;

      await page.getByTestId('funnel-window').fill('0');
      await eventually(() => textOf(page.getByTestId('problem-funnel-window-problem'))).toBe(en.explore.errors.positive);
      await page.getByTestId('step-1-name').fill('');
      await eventually(() => textOf(page.getByTestId('problem-step-1-problem'))).toBe(en.explore.errors.eventRequired);
      expect(await page.getByTestId('apply').isDisabled()).toBe(true);
      await page.getByTestId('funnel-window').press('Enter');
      await page.getByTestId('funnel-order').selectOption('strict');
      expect(page.url()).toBe(url);

      await page.getByTestId('language-ja').click();
      await eventually(() => textOf(page.getByTestId('problem-funnel-window-problem'))).toBe(ja.explore.errors.positive);
      await page.getByTestId('language-en').click();

      // Made valid, the form sends exactly one request, the valid one: nothing was sent before it.
      await page.getByTestId('step-1-name').fill('Signed Up');
      await page.getByTestId('funnel-window').fill('7');
      await page.getByTestId('apply').click();
      await page.waitForURL(/[?&]window=7/);
      await waitForChart(page);
      await eventually(() => funnelRequests.length).toBe(sent + 1);
      expect(funnelRequests[sent]).toMatchObject({ order: 'strict', window: { value: 7, unit: 'day' }, steps: [{ target: { kind: 'page' } }, { target: { kind: 'event', event: 'Signed Up' } }, { target: { kind: 'event', event: 'Order Completed' } }] });

      await page.goto('/w/company-a/explore/attribution');
      await waitForChart(page);
      await page.getByTestId('attribution-half-life').fill('-1');
      await eventually(() => textOf(page.getByTestId('problem-attribution-half-life-problem'))).toBe(en.explore.errors.positive);
      await page.getByTestId('model-first-touch').uncheck();
      expect(new URL(page.url()).searchParams.get('models')).toBeNull();
      await saveScreenshot(page, 'explore-attribution-invalid');
    } finally {
      page.off('request', record);
    }
  });

  it('opens a link with unreadable values on the defaults, saying which, and an unknown explorer on the trend', async () => {
    const { page } = session;
    await page.goto('/w/company-a/explore/funnel?step=bogus&step=page&window=-1&order=%3Cscript%3E&f=%E0%A4%A&f=channel:equals:Direct&by=x:y:z&from=2026-02-30&to=2026-03-01');
    await eventually(() => textOf(page.getByTestId('url-invalid'))).toContain('step, order, window, f, by');
    await page.getByTestId('period-error').waitFor();
    expect(await waitForChart(page)).not.toBe('');
    expect(await textOf(page.getByTestId('filter-chip'))).toContain('Direct');
    expect(await page.getByTestId('step-2-name').inputValue()).toBe('Order Completed');
    await saveScreenshot(page, 'explore-funnel-bad-link');

    await page.goto('/w/company-a/explore/nope?metric=no.such.metric&interval=year');
    await page.getByTestId('explore-unknown').waitFor();
    expect(await page.getByTestId('explore-nav-trend').getAttribute('aria-current')).toBe('page');
    await eventually(() => textOf(page.getByTestId('url-invalid'))).toContain('metric, interval');
    expect(await waitForChart(page)).not.toBe('');
    expect(await page.getByTestId('trend-metric').inputValue()).toBe('store-ops.orders');
    expect(await textOf(page.getByTestId('metric-owner'))).toMatch(/^Owner /);
  });

  it('shows the server’s refusal with its reason instead of a chart', async () => {
    const { page } = session;
    await page.goto('/w/company-c/explore/trend');
    const setCurrency = (reportingCurrency: string) =>
      page.evaluate(async (currency) => {
        const settings = (await (await fetch('/api/workspaces/company-c/settings')).json()) as Record<string, unknown>;
        const response = await fetch('/api/workspaces/company-c/settings', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...settings, reportingCurrency: currency, exchangeRates: {} }) });
        return response.status;
      }, reportingCurrency);
    expect(await setCurrency('USD')).toBe(200);
    expectedFailures.push(/status of 4\d\d/);
    try {
      // Costs are in MXN and no USD rate is set: the server refuses to add them up.
      await page.goto('/w/company-c/explore/reach');
      const notice = page.getByTestId('error-notice');
      await notice.waitFor();
      expect(await textOf(notice)).toMatch(/^Could not load: .*exchange rate/i);
      expect(await page.getByTestId('explore-chart').count()).toBe(0);
      await saveScreenshot(page, 'explore-reach-server-error');
    } finally {
      expect(await setCurrency('MXN')).toBe(200);
    }
    await page.reload();
    expect(await waitForChart(page)).not.toBe('');
  });

  it('shows the issue path of a refused filter', async () => {
    const { page } = session;
    expectedFailures.push(/status of 4\d\d/);
    // A cost metric cannot be filtered on an event property: the server names the filter.
    await page.goto('/w/company-a/explore/trend?metric=marketing-planning.cost-per-contact&f=property:plan:exists');
    const notice = page.getByTestId('error-notice');
    await notice.waitFor();
    expect(await textOf(notice.locator('code'))).toBe('filters.0');
    expect(await textOf(notice)).toContain('plan');
    await page.getByTestId('filter-remove-0').click();
    expect(await waitForChart(page)).not.toBe('');
  });

  it('shows a workspace without events how to send the first one instead of empty charts', async () => {
    const { page } = session;
    await page.goto('/w/canonical/explore/funnel');
    await page.getByTestId('empty-workspace').waitFor();
    expect(await page.getByTestId('explore-chart').count()).toBe(0);
    expect(await page.getByTestId('explore-nav-funnel').getAttribute('aria-current')).toBe('page');
  });

  it('logged no console errors or page errors beyond the refused analysis', () => {
    expect(session.errors.filter((e) => !expectedFailures.some((re) => re.test(e)))).toEqual([]);
  });
});
