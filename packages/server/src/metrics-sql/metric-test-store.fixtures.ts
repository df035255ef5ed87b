import type { Dataset, MetricResult } from '@marketops/core';
import { expect } from 'vitest';
import { openDuckDbEventStore, type DuckDbEventStore } from '../events/duckdb/duckdb-event-store';

/**
 * Test helpers of the SQL engine: a real in-memory DuckDB event store, datasets loaded into it
 * under a workspace of their own, and the comparison of two results (numbers within 1e-9, every
 * other field exactly).
 */

export async function openTestStore(): Promise<DuckDbEventStore> {
  return openDuckDbEventStore({ path: ':memory:' });
}

/** Appends a dataset's events under `workspaceId` (the dataset's own workspace is replaced). */
export async function loadDataset(store: DuckDbEventStore, workspaceId: string, dataset: Dataset): Promise<void> {
  await store.append(dataset.events.map((event) => ({ ...event, workspaceId })));
}

function close(a: number | undefined, b: number | undefined, path: string): void {
  if (a === undefined || b === undefined) {
    expect(a, path).toBe(b);
    return;
  }
  const scale = Math.max(1, Math.abs(a), Math.abs(b));
  expect(Math.abs(a - b) <= 1e-9 * scale, `${path}: ${a} vs ${b}`).toBe(true);
}

/** `actual` equals `expected`: numbers within 1e-9 (relative beyond 1), the rest deep-equal. */
export function expectSameResult(actual: MetricResult, expected: MetricResult, label = actual.metricId): void {
  expect(Object.keys(actual).sort(), `${label}: fields`).toEqual(Object.keys(expected).sort());
  if (expected.value === null || actual.value === null) expect(actual.value, `${label}: value`).toBe(expected.value);
  else close(actual.value, expected.value, `${label}: value`);
  close(actual.numerator, expected.numerator, `${label}: numerator`);
  close(actual.denominator, expected.denominator, `${label}: denominator`);
  const { value: _v, numerator: _n, denominator: _d, ...rest } = actual;
  const { value: _ev, numerator: _en, denominator: _ed, ...expectedRest } = expected;
  expect(rest, label).toEqual(expectedRest);
}
