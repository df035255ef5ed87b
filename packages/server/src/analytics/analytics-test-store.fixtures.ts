import { expect } from 'vitest';
import type { Dataset } from '@marketops/core';
import { openDuckDbEventStore, type DuckDbEventStore } from '../events/duckdb/duckdb-event-store';

/**
 * One in-memory DuckDB event store for a whole test file, and a fresh workspace per property run:
 * analyses read one workspace only, so runs cannot see each other, and the file opens (and
 * migrates) a single store instead of one per run.
 */
export class AnalyticsTestStore {
  #runs = 0;

  private constructor(readonly store: DuckDbEventStore) {}

  static async open(): Promise<AnalyticsTestStore> {
    return new AnalyticsTestStore(await openDuckDbEventStore({ path: ':memory:' }));
  }

  /** A workspace id never used before in this store. */
  nextWorkspace(): string {
    this.#runs += 1;
    return `ws-${this.#runs}`;
  }

  /** Appends a dataset's events (all of them must be new). */
  async load(dataset: Dataset): Promise<void> {
    const result = await this.store.append(dataset.events);
    expect(result.duplicates).toBe(0);
  }

  close(): Promise<void> {
    return this.store.close();
  }
}

/**
 * Runs per property: small by default so the suite stays fast; `MARKETOPS_ANALYTICS_RUNS=2000`
 * for a long hunt.
 */
export const PROPERTY_RUNS = Number(process.env.MARKETOPS_ANALYTICS_RUNS ?? 100);

/**
 * Deep equality where numbers may differ by 1e-9 (relative above 1): SQL and the reference may
 * add fractions in different orders. Everything else, keys included, must be identical.
 */
export function expectClose(actual: unknown, expected: unknown, path = '$'): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    const tolerance = 1e-9 * Math.max(1, Math.abs(expected));
    if (!(Math.abs(actual - expected) <= tolerance) && actual !== expected) expect.fail(`${path}: ${actual} is not ${expected}`);
    return;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) expect.fail(`${path}: ${JSON.stringify(actual)} is not ${JSON.stringify(expected)}`);
    expected.forEach((item, i) => expectClose(actual[i], item, `${path}[${i}]`));
    return;
  }
  if (expected !== null && typeof expected === 'object' && !(expected instanceof Date)) {
    if (actual === null || typeof actual !== 'object') expect.fail(`${path}: ${JSON.stringify(actual)} is not an object`);
    const a = actual as Record<string, unknown>;
    const e = expected as Record<string, unknown>;
    expect(Object.keys(a).sort(), `${path} keys`).toEqual(Object.keys(e).sort());
    for (const key of Object.keys(e)) expectClose(a[key], e[key], `${path}.${key}`);
    return;
  }
  expect(actual, path).toEqual(expected);
}
