import { describe, expect, it } from 'vitest';
import { backoffDelay, DEFAULT_BACKOFF, MAX_RETRY_AFTER_MS, parseRetryAfter } from './backoff';

describe('backoff schedule', () => {
  it('doubles from 1 s up to 30 s; jitter picks a point in the upper half', () => {
    const top = [1, 2, 3, 4, 5, 6, 7].map((n) => backoffDelay(n, DEFAULT_BACKOFF, () => 1));
    expect(top).toEqual([1000, 2000, 4000, 8000, 16_000, 30_000, 30_000]);
    const bottom = [1, 2, 3, 6].map((n) => backoffDelay(n, DEFAULT_BACKOFF, () => 0));
    expect(bottom).toEqual([500, 1000, 2000, 15_000]);
  });

  it('a Retry-After is a lower bound, itself capped', () => {
    expect(backoffDelay(1, DEFAULT_BACKOFF, () => 1, 5000)).toBe(5000);
    expect(backoffDelay(5, DEFAULT_BACKOFF, () => 1, 5000)).toBe(16_000);
    expect(backoffDelay(1, DEFAULT_BACKOFF, () => 1, 24 * 3600_000)).toBe(MAX_RETRY_AFTER_MS);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2025-03-01T12:00:00Z');
    expect(parseRetryAfter('7', now)).toBe(7000);
    expect(parseRetryAfter('Sat, 01 Mar 2025 12:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Sat, 01 Mar 2025 11:00:00 GMT', now)).toBe(0);
    expect([parseRetryAfter(null, now), parseRetryAfter('', now), parseRetryAfter('soon', now)]).toEqual([undefined, undefined, undefined]);
  });
});
