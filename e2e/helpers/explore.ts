import { readFile } from 'node:fs/promises';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { eventually } from './browser';

/** What the explorers' browser tests read off a page: chart data, painted pixels, tables and their CSV. */

/** The chart's data (`data-values`) once the answer on screen is the current one, else null. */
async function chartValues(page: Page): Promise<string | null> {
  const result = page.getByTestId('explore-result');
  if ((await result.getAttribute('data-state')) !== 'ready') return null;
  return page.getByTestId('chart-data').getAttribute('data-values');
}

/** Waits until the chart shows a current answer different from `previous` (not the previous one kept while updating). */
export async function waitForChange(page: Page, previous: string): Promise<string> {
  await eventually(async () => {
    const values = await chartValues(page);
    return values !== null && values !== previous;
  }).toBe(true);
  return waitForChart(page);
}

export async function waitForChart(page: Page): Promise<string> {
  await page.locator('[data-testid="explore-result"][data-state="ready"]').waitFor();
  return (await chartValues(page)) ?? '';
}

/** How many pixels of the chart's canvas are painted: a chart drawn from data is far from blank. */
export function paintedPixels(page: Page): Promise<number> {
  return page
    .getByTestId('explore-chart')
    .locator('canvas')
    .first()
    .evaluate((canvas: HTMLCanvasElement) => {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let painted = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted += 1;
      return painted;
    });
}

/** The table as shown: header texts and each row's cell texts. */
export async function tableShown(page: Page): Promise<{ header: string[]; rows: string[][] }> {
  const table = page.getByTestId('explore-table').locator('table');
  const header = await table.locator('thead th').allInnerTexts();
  const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim())));
  return { header: header.map((h) => h.trim()), rows };
}

/** RFC 4180 CSV (quoted fields, CRLF), as DataTable writes it, without its byte order mark. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i += 1) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && body[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += c;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

/**
 * Whether a cell shown in English matches its CSV value: the same text, the same day (ISO in the
 * CSV), or the same number once the screen's grouping, currency sign and percent are read back
 * (percentages are ratios in the CSV; an em dash is an empty cell; `*` marks an interval that has
 * not ended).
 */
function sameCell(shown: string, csv: string): boolean {
  if (shown === csv) return true;
  const text = shown.replace(/\*$/, '');
  if (text === '—') return csv === '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(csv)) return new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(Date.parse(csv)) === text;
  const number = Number(text.replace(/[^\d.-]/g, ''));
  if (!Number.isFinite(number) || csv === '') return false;
  if (text.endsWith('%')) return Math.abs(Number(csv) * 100 - number) < 0.051;
  return Math.abs(Number(csv) - number) < 0.0051;
}

export async function expectCsvEqualsTable(page: Page, name: string): Promise<void> {
  const shown = await tableShown(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('explore-table-csv').click()]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const csv = parseCsv(await readFile(await download.path(), 'utf8'));
  expect(csv[0], `${name}: header`).toEqual(shown.header);
  expect(csv.length - 1, `${name}: rows`).toBe(shown.rows.length);
  expect(shown.rows.length).toBeGreaterThan(0);
  shown.rows.forEach((row, r) => row.forEach((cell, c) => expect(sameCell(cell, csv[r + 1]![c]!), `${name} row ${r + 1} column ${c + 1}: "${cell}" vs "${csv[r + 1]![c]}"`).toBe(true)));
}
