import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVENTS } from '@marketops/core';
import { bareEvent } from '../events/event-fixtures';
import { AnalyticsTestStore } from './analytics-test-store.fixtures';
import { queryNames } from './names-query';

let db: AnalyticsTestStore;
beforeAll(async () => {
  db = await AnalyticsTestStore.open();
});
afterAll(async () => {
  await db.close();
});

describe('queryNames', () => {
  it('lists the workspace’s own event names and channels, most frequent first, then the known ones it has not seen', async () => {
    const ws = db.nextWorkspace();
    const other = db.nextWorkspace();
    const events = [
      bareEvent(ws, 'm1', { event: 'Lesson Booked', channel: 'Paid Social' }),
      bareEvent(ws, 'm2', { event: 'Lesson Booked', channel: 'Paid Social' }),
      bareEvent(ws, 'm3', { event: 'Order Completed', channel: 'Direct' }),
      bareEvent(ws, 'm4', { type: 'page', event: null, channel: 'Paid Social' }),
      // another workspace's names never leak
      bareEvent(other, 'm5', { event: 'Secret Thing', channel: 'Weird Channel' }),
    ];
    await db.store.append(events);
    const names = await queryNames(db.store, ws);
    expect(names.events.slice(0, 2)).toEqual([
      { name: 'Lesson Booked', count: 2 },
      { name: 'Order Completed', count: 1 },
    ]);
    expect(names.events.find((n) => n.name === EVENTS.signedUp)).toEqual({ name: EVENTS.signedUp, count: 0 });
    expect(names.events.filter((n) => n.name === 'Order Completed')).toHaveLength(1);
    expect(names.events.some((n) => n.name === 'Secret Thing')).toBe(false);
    expect(names.channels.slice(0, 2)).toEqual([
      { name: 'Paid Social', count: 3 },
      { name: 'Direct', count: 1 },
    ]);
    expect(names.channels.some((n) => n.name === 'Organic Search' && n.count === 0)).toBe(true);
    expect(names.channels.some((n) => n.name === 'Weird Channel')).toBe(false);
  });

  it('answers the known names alone for a workspace without events', async () => {
    const names = await queryNames(db.store, db.nextWorkspace());
    expect(names.events.length).toBeGreaterThan(10);
    expect(names.events.every((n) => n.count === 0)).toBe(true);
    expect(names.channels.map((n) => n.name)).toContain('Unassigned');
  });
});
