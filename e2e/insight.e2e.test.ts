import { readFile } from 'node:fs/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { CatalogResponse, OrgMapResponse } from '@marketops/contracts';
import insightEn from '../packages/web/src/i18n/insight/en.json';
import insightEs from '../packages/web/src/i18n/insight/es.json';
import insightJa from '../packages/web/src/i18n/insight/ja.json';
import insightZh from '../packages/web/src/i18n/insight/zh.json';
import { launchBrowser, openSession, saveScreenshot, textOf } from './helpers/browser';
import type { Session } from './helpers/browser';
import { startDemoServer } from './helpers/server';
import type { DemoServer } from './helpers/server';

const INSIGHT = { en: insightEn, es: insightEs, ja: insightJa, zh: insightZh } as const;
const BROWSER_LOCALE = { en: 'en-GB', es: 'es-ES', ja: 'ja-JP', zh: 'zh-CN' } as const;
const REACH = 'marketing-planning.target-reach';
const COST_PER_CONTACT = 'marketing-planning.cost-per-contact';

interface MetricAnswer {
  result: { value: number | null };
  owner: { status: string; accountable: { id: string; name: string }[] };
}
interface KpisAnswer {
  kpis: { metricId: string; functionId: string; result: { value: number | null; unit: string } | null; change?: number | null; relativeChange?: number | null; problem?: { message: string } }[];
}

/**
 * Waits for something computed on the server (numbers, dashboards) to show. Generous: these tests
 * check what is shown, not how fast; the render benchmark (bench/dashboard-render.ts) measures speed.
 */
const DATA = { timeout: 120_000 } as const;
const shows = <T>(read: () => Promise<T> | T) => expect.poll(read, { ...DATA, interval: 200 });

/** The digits of a number as shown (any locale's grouping, decimal mark and currency dropped). */
const digits = (text: string) => text.replace(/\D/g, '');
/** The digits a value shows with `decimals` fraction digits: 4.3634 with 2 -> '436'. */
const digitsOf = (value: number, decimals = 0) => digits(value.toFixed(decimals));

describe('value chain overview and department dashboards', () => {
  let server: DemoServer;
  let browser: Browser;
  let catalog: CatalogResponse;
  const sessions: Session[] = [];

  const api = async <T>(path: string, init?: RequestInit): Promise<T> => {
    const res = await fetch(`${server.url}${path}`, init);
    if (!res.ok) throw new Error(`${init?.method ?? 'GET'} ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
  const open = async (locale = 'en-GB') => {
    const session = await openSession(browser, server.url, locale);
    sessions.push(session);
    return session;
  };
  /** The period the page's URL holds. */
  const periodOf = (page: Page) => {
    const search = new URL(page.url()).searchParams;
    return { from: search.get('from'), to: search.get('to') };
  };
  /** Waits until every yardstick tile shows its number (or a problem), not the loading mark. */
  const overviewSettled = async (page: Page) => {
    await page.locator('.vc-tile').first().waitFor(DATA);
    await shows(() => page.locator('.vc-value-pending').count()).toBe(0);
  };

  beforeAll(async () => {
    server = await startDemoServer(0, { demoEvents: 6000 });
    browser = await launchBrowser();
    catalog = await api<CatalogResponse>('/api/catalog');
  });

  // Why per test: a closed page stops asking for the trends it had in view, so the next test
  // does not share the server with a previous page's requests.
  afterEach(async () => {
    for (const session of sessions.splice(0)) await session.close();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(['en', 'es', 'ja', 'zh'] as const)('opens the overview in %s with reach and cost per contact and their owner', async (language) => {
    const session = await open(BROWSER_LOCALE[language]);
    const { page } = session;
    await page.goto('/w/company-a');
    await page.getByTestId('value-chain').waitFor(DATA);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
    await overviewSettled(page);

    // The stages in chain order, in the reader's language, and the awareness/conversion boundary.
    const stages = [...catalog.stages].filter((s) => !s.crossCutting).sort((a, b) => a.order - b.order);
    const stageTexts = await page.locator('.vc-stage h3').allTextContents();
    expect(stageTexts.map((text, i) => text.includes(stages[i]!.name[language]))).toEqual(stages.map(() => true));
    expect(await textOf(page.getByTestId('awareness-conversion-boundary'))).toBe(INSIGHT[language].overview.boundary);
    expect(await textOf(page.getByTestId('stage-brand'))).toContain(catalog.stages.find((s) => s.id === 'brand')!.name[language]);

    // Reach and cost per contact as the API computes them for the period in the URL.
    expect(periodOf(page)).toEqual({ from: null, to: null }); // the default period: the last 30 days
    const tileFrom = await page.getByTestId(`owner-${REACH}-marketing`).getAttribute('href');
    const period = new URL(tileFrom!, server.url).searchParams;
    const reach = await api<MetricAnswer>(`/api/workspaces/company-a/metrics/${REACH}?from=${period.get('from')}&to=${period.get('to')}`);
    const cost = await api<MetricAnswer>(`/api/workspaces/company-a/metrics/${COST_PER_CONTACT}?from=${period.get('from')}&to=${period.get('to')}`);
    expect(reach.result.value).toBeGreaterThan(0);
    expect(digits(await textOf(page.getByTestId(`value-${REACH}`)))).toBe(digitsOf(reach.result.value!));
    const costText = await textOf(page.getByTestId(`value-${COST_PER_CONTACT}`));
    expect(digits(costText)).toBe(digitsOf(cost.result.value!, 2));
    expect(costText).toMatch(/¥|CNY|元/);

    // Each number names the department that answers for it and links to its dashboard.
    expect(reach.owner).toMatchObject({ status: 'owned', accountable: [{ id: 'marketing' }] });
    for (const metric of [REACH, COST_PER_CONTACT]) {
      const owner = page.getByTestId(`owner-${metric}`);
      expect(await owner.getAttribute('data-owner-status')).toBe('owned');
      expect(await textOf(owner)).toContain(reach.owner.accountable[0]!.name);
      expect(await page.getByTestId(`owner-${metric}-marketing`).getAttribute('href')).toMatch(/^\/w\/company-a\/dashboards\/marketing\?from=\d{4}-\d{2}-\d{2}&to=/);
    }
    expect(await page.getByTestId(`value-${REACH}`).getAttribute('href')).toMatch(new RegExp(`^/w/company-a/explore/trend\\?metric=${REACH.replace('.', '\\.')}&from=`));
    // Company A has no sales department: the gap is marked, not hidden.
    expect(await page.getByTestId('owner-sales.transaction-rate').getAttribute('data-owner-status')).toBe('unowned');
    expect(await textOf(page.getByTestId('owner-sales.transaction-rate'))).toContain(INSIGHT[language].overview.owner.none);

    await saveScreenshot(page, `overview-${language}`);
    expect(session.errors).toEqual([]);
  });

  it('changes the period in the URL and the numbers with it', async () => {
    const session = await open();
    const { page } = session;
    await page.goto('/w/company-a/overview');
    await overviewSettled(page);
    const before = await textOf(page.getByTestId(`value-${REACH}`));
    await page.getByTestId('period-last-7').click();
    await shows(() => periodOf(page).from).not.toBeNull();
    const { from, to } = periodOf(page);
    expect(from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((Date.parse(to!) - Date.parse(from!)) / 86_400_000).toBe(6);
    const week = await api<MetricAnswer>(`/api/workspaces/company-a/metrics/${REACH}?from=${from}&to=${to}`);
    await shows(async () => digits(await textOf(page.getByTestId(`value-${REACH}`)))).toBe(digitsOf(week.result.value!));
    expect(await textOf(page.getByTestId(`value-${REACH}`))).not.toBe(before);
    // The links carry the new period to the dashboards.
    expect(await page.getByTestId(`owner-${REACH}-marketing`).getAttribute('href')).toContain(`from=${from}&to=${to}`);

    // The previous calendar month, whole: the period a monthly target is set for.
    await page.getByTestId('period-lastMonth').click();
    await shows(() => periodOf(page).from?.slice(8)).toBe('01');
    const month = periodOf(page);
    expect(month.to! < to!).toBe(true);
    expect(new Date(Date.parse(month.to!) + 86_400_000).getUTCDate()).toBe(1);

    // A period typed into the URL is read back from it.
    await page.goto(`/w/company-a/overview?from=${from}&to=${from}`);
    await overviewSettled(page);
    const day = await api<MetricAnswer>(`/api/workspaces/company-a/metrics/${REACH}?from=${from}&to=${from}`);
    expect(digits(await textOf(page.getByTestId(`value-${REACH}`)))).toBe(digitsOf(day.result.value!));
    expect(session.errors).toEqual([]);
  });

  it('asks for each first answer once, though the requests start before the application has loaded', async () => {
    for (const path of ['/w/company-a/dashboards/operations', '/w/company-a/overview']) {
      const session = await open();
      const { page } = session;
      const asked: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.pathname.startsWith('/api/')) asked.push(`${url.pathname}${url.search}`);
      });
      await page.goto(path);
      if (path.endsWith('overview')) await overviewSettled(page);
      else await page.locator('[data-testid^="dash-kpi-"]').first().waitFor(DATA);
      const numbers = asked.filter((p) => p.includes('/kpis?') || p.includes('/metric-values?'));
      // The start-up script asked for the numbers, the settings and the map; the components took
      // those answers instead of asking again.
      expect(numbers, path).toHaveLength(1);
      for (const first of ['/api/workspaces/company-a', '/api/workspaces/company-a/settings', '/api/catalog']) {
        expect(asked.filter((p) => p === first), `${path}: ${first}`).toHaveLength(1);
      }
      expect(session.errors).toEqual([]);
      await session.close();
    }
  });

  it('shows a department’s dashboard with every KPI it is accountable for, values, trends and a CSV', async () => {
    const session = await open();
    const { page } = session;
    // Without a department in the URL: the first one of the map.
    await page.goto('/w/company-a/dashboards');
    await page.getByTestId('dashboard-marketing').waitFor(DATA);
    expect(await page.getByTestId('dept-tab-marketing').getAttribute('aria-current')).toBe('page');

    await page.getByTestId('dept-tab-operations').click();
    await page.waitForURL('**/w/company-a/dashboards/operations');
    await page.getByTestId('dashboard-operations').waitFor(DATA);
    const { from, to } = await page.evaluate(() => {
      const inputs = document.querySelectorAll<HTMLInputElement>('.period-picker input[type="date"]');
      return { from: inputs[0]!.value, to: inputs[1]!.value };
    });
    const answer = await api<KpisAnswer>(`/api/workspaces/company-a/departments/operations/kpis?from=${from}&to=${to}&compare=true`);
    const map = await api<OrgMapResponse>('/api/workspaces/company-a');
    const accountable = map.assignments.filter((a) => a.departmentId === 'operations' && a.role === 'accountable').map((a) => a.functionId);
    expect(new Set(answer.kpis.map((k) => k.functionId))).toEqual(new Set(accountable));
    expect(await page.locator('[data-testid^="dash-kpi-"]').count()).toBe(answer.kpis.length);
    for (const fn of accountable) expect(await page.getByTestId(`dash-function-${fn}`).count()).toBe(1);
    const counts = answer.kpis.filter((k) => k.result?.unit === 'count' && Number.isInteger(k.result.value));
    expect(counts.length).toBeGreaterThan(3);
    for (const kpi of counts) {
      expect(digits(await textOf(page.getByTestId(`dash-value-${kpi.metricId}`))), kpi.metricId).toBe(digitsOf(kpi.result!.value!));
    }
    // A rate moves in percentage points, the rest relative to the previous value.
    const stickiness = answer.kpis.find((k) => k.metricId === 'user-ops.stickiness');
    if (stickiness?.change != null && stickiness.change !== 0) expect(await textOf(page.getByTestId('dash-change-user-ops.stickiness'))).toMatch(/^[▲▼] [+-][\d.]+ pts/);
    if (answer.kpis.find((k) => k.metricId === 'product-ops.installs')?.relativeChange != null) expect(await textOf(page.getByTestId('dash-change-product-ops.installs'))).toMatch(/%/);
    // The small trend of a KPI in view is drawn.
    const trend = page.getByTestId('trend-product-ops.installs');
    await shows(() => trend.getAttribute('data-state')).toBe('ready');
    // The chart's code is fetched on first use, so the canvas may come a moment after the data.
    await shows(() => trend.locator('canvas').count()).toBeGreaterThan(0);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('dashboard-csv').click()]);
    const csv = await readFile((await download.path())!, 'utf8');
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe(Object.values(insightEn.dashboards.csv).join(','));
    expect(lines).toHaveLength(answer.kpis.length + 1);
    const installs = answer.kpis.find((k) => k.metricId === 'product-ops.installs')!;
    expect(lines.find((l) => l.includes(',product-ops.installs,'))).toContain(`,count,,${installs.result!.value},`);

    await saveScreenshot(page, 'dashboard-operations');
    expect(session.errors).toEqual([]);
  }, 300_000);

  it('sets targets, checking the input as it is typed, and shows attainment', async () => {
    const session = await open();
    const { page } = session;
    const refused: RegExp[] = [/status of 500/];
    await page.goto('/w/company-a/dashboards/operations');
    const registrations = 'product-ops.registrations';
    await page.getByTestId(`dash-value-${registrations}`).waitFor(DATA);
    const value = Number(digits(await textOf(page.getByTestId(`dash-value-${registrations}`))));
    expect(value).toBeGreaterThan(0);
    expect(await textOf(page.getByTestId(`dash-target-${registrations}`))).toBe('—');
    expect(await page.getByTestId(`attainment-${registrations}`).count()).toBe(0);

    await page.getByTestId(`set-target-${registrations}`).click();
    const form = page.getByTestId(`target-form-${registrations}`);
    await form.getByTestId('target-input').fill('12a');
    expect(await textOf(form.getByRole('alert'))).toBe(insightEn.dashboards.target.problem.notNumber);
    expect(await form.getByTestId('target-save').isDisabled()).toBe(true);
    await page.getByTestId('language-es').click();
    await shows(() => textOf(form.getByRole('alert'))).toBe(insightEs.dashboards.target.problem.notNumber);
    await form.getByTestId('target-input').fill('-4');
    expect(await textOf(form.getByRole('alert'))).toBe(insightEs.dashboards.target.problem.negative);
    await page.getByTestId('language-en').click();

    // A refusal by the server is shown with its reason, not swallowed.
    await page.route('**/api/workspaces/company-a/targets', (route) =>
      route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ error: { code: 'INTERNAL', message: 'target store unavailable', issues: [] } }) }),
    );
    await form.getByTestId('target-input').fill(String(value * 2));
    await form.getByTestId('target-save').click();
    await shows(() => textOf(form.getByTestId('error-notice'))).toContain('target store unavailable');
    await page.unroute('**/api/workspaces/company-a/targets');

    await form.getByTestId('target-save').click();
    await shows(() => form.count()).toBe(0);
    await shows(() => textOf(page.getByTestId(`attainment-${registrations}`))).toBe('50%');
    expect(digits(await textOf(page.getByTestId(`dash-target-${registrations}`)))).toBe(String(value * 2));

    // A ratio's target is typed as a percentage and stored as a ratio.
    const retention = 'user-ops.retention-rate';
    await page.getByTestId(`set-target-${retention}`).click();
    await page.getByTestId(`target-form-${retention}`).getByTestId('target-input').fill('2,5');
    await page.getByTestId(`target-form-${retention}`).getByTestId('target-save').click();
    await page.getByTestId(`attainment-${retention}`).waitFor(DATA);
    const targets = await api<{ metricId: string; value: number }[]>('/api/workspaces/company-a/targets');
    expect(targets.find((t) => t.metricId === retention)?.value).toBe(0.025);
    expect(targets.find((t) => t.metricId === registrations)?.value).toBe(value * 2);
    expect(await textOf(page.getByTestId(`dash-target-${retention}`))).toBe('2.5%');

    await saveScreenshot(page, 'dashboard-targets');
    expect(session.errors.filter((e) => !refused.some((re) => re.test(e)))).toEqual([]);
  }, 300_000);

  it('moves a function’s KPIs to the department it is reassigned to in the matrix', async () => {
    const session = await open();
    const { page } = session;
    const version = () => textOf(page.getByTestId('workspace-version'));
    // Load both dashboards first, so the move has to come from invalidation, not a first fetch.
    await page.goto('/w/company-a/dashboards/operations');
    await page.getByTestId('dash-function-user-ops').waitFor(DATA);
    await page.getByTestId('dept-tab-brand').click();
    await page.getByTestId('dashboard-brand').waitFor(DATA);
    expect(await page.getByTestId('dash-function-user-ops').count()).toBe(0);

    await page.getByTestId('tab-matrix').click();
    await page.getByTestId('matrix').waitFor(DATA);
    let shown = await version();
    await page.getByTestId('cell-brand-user-ops').click(); // empty -> accountable: shared with operations
    await shows(version).not.toBe(shown);
    await page.getByTestId('tab-dashboards').click();
    await page.getByTestId('dept-tab-brand').click();
    await page.getByTestId('dash-function-user-ops').waitFor(DATA);
    expect(await textOf(page.getByTestId('dash-shared-user-ops'))).toContain('Operations department');
    await page.getByTestId('tab-overview').click();
    await shows(() => page.getByTestId('owner-user-ops.retention-rate').getAttribute('data-owner-status')).toBe('shared');
    await saveScreenshot(page, 'overview-shared-owner');

    await page.getByTestId('tab-matrix').click();
    shown = await version();
    await page.getByTestId('cell-operations-user-ops').click(); // accountable -> contributing
    await shows(version).not.toBe(shown);
    await page.getByTestId('tab-dashboards').click();
    await page.getByTestId('dept-tab-operations').click();
    await page.getByTestId('dashboard-operations').waitFor(DATA);
    await shows(() => page.getByTestId('dash-function-user-ops').count()).toBe(0);
    await page.getByTestId('dept-tab-brand').click();
    await page.getByTestId('dash-function-user-ops').waitFor(DATA);
    await shows(() => page.getByTestId('dash-shared-user-ops').count()).toBe(0);
    await page.getByTestId(`dash-value-user-ops.active-users`).waitFor(DATA);
    await saveScreenshot(page, 'dashboard-brand-after-move');
    await page.getByTestId('tab-overview').click();
    await shows(() => page.getByTestId('owner-user-ops.retention-rate').getAttribute('data-owner-status')).toBe('owned');
    expect(await textOf(page.getByTestId('owner-user-ops.retention-rate'))).toContain('Brand department');

    // And back through the API (If-Match with the map's version): a reload shows it with operations again.
    let map = await api<OrgMapResponse>('/api/workspaces/company-a');
    map = await api<OrgMapResponse>('/api/workspaces/company-a/departments/operations/assignments/user-ops', {
      method: 'PUT',
      headers: { 'content-type': 'application/json', 'if-match': String(map.version) },
      body: JSON.stringify({ role: 'accountable' }),
    });
    await api<OrgMapResponse>('/api/workspaces/company-a/departments/brand/assignments/user-ops', { method: 'DELETE', headers: { 'if-match': String(map.version) } });
    await page.goto('/w/company-a/dashboards/operations');
    await page.getByTestId('dash-function-user-ops').waitFor(DATA);
    await page.goto('/w/company-a/dashboards/brand');
    await page.getByTestId('dashboard-brand').waitFor(DATA);
    expect(await page.getByTestId('dash-function-user-ops').count()).toBe(0);
    expect(session.errors).toEqual([]);
  }, 480_000);

  it('says what to set when a money KPI has no reporting currency, and links to the settings', async () => {
    const session = await open();
    const { page } = session;
    const settings = await api<{ timeZone: string; reportingCurrency: string | null; exchangeRates: Record<string, string> }>('/api/workspaces/company-c/settings');
    const put = (body: object) => api('/api/workspaces/company-c/settings', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    await put({ ...settings, reportingCurrency: null, exchangeRates: {} });
    try {
      await page.goto('/w/company-c/dashboards/planning');
      const problem = page.getByTestId(`dash-problem-${COST_PER_CONTACT}`);
      await problem.waitFor(DATA);
      expect(await problem.getAttribute('data-problem')).toBe('currency');
      expect(await textOf(problem)).toContain(insightEn.dashboards.problem.currency);
      expect(await problem.getByRole('link').getAttribute('href')).toBe('/w/company-c/edit');
      // The overview says the same in the tile, and the other numbers still show.
      await page.goto('/w/company-c/overview');
      await page.getByTestId(`problem-${COST_PER_CONTACT}`).waitFor(DATA);
      await overviewSettled(page);
      expect(await page.getByTestId(`value-${REACH}`).count()).toBe(1);
      await saveScreenshot(page, 'overview-no-currency');
      // The overview knows money needs a currency and does not ask the server in vain.
      expect(session.errors).toEqual([]);
    } finally {
      await put(settings);
    }
  });

  it('shows a new workspace without events how to send the first event instead of empty numbers', async () => {
    await api('/api/workspaces', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ template: 'canonical', id: 'fresh-start', name: 'Fresh start' }) });
    const session = await open();
    const { page } = session;
    await page.goto('/w/fresh-start');
    await page.getByTestId('empty-workspace').waitFor(DATA);
    // The chain still shows who answers for each yardstick, but no numbers.
    expect(await page.getByTestId(`owner-${REACH}`).getAttribute('data-owner-status')).toBe('owned');
    expect(await page.locator('.vc-tile').count()).toBeGreaterThan(10);
    expect(await page.locator('.vc-tile-number').count()).toBe(0);
    await saveScreenshot(page, 'overview-empty-workspace');
    await page.getByTestId('tab-dashboards').click();
    await page.getByTestId('dashboards').getByTestId('empty-workspace').waitFor(DATA);
    expect(await page.locator('.chart-canvas').count()).toBe(0);
    await saveScreenshot(page, 'dashboards-empty-workspace');
    expect(session.errors).toEqual([]);
  });
});
