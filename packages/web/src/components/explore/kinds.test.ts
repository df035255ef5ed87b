import { describe, expect, it } from 'vitest';
import { resolveKind } from './kinds';

describe('resolveKind', () => {
  it('defaults to the trend', () => expect(resolveKind(undefined)).toEqual({ kind: 'trend' }));
  it('reads each explorer', () => expect(['trend', 'funnel', 'retention', 'attribution', 'reach'].map((k) => resolveKind(k).kind)).toEqual(['trend', 'funnel', 'retention', 'attribution', 'reach']));
  it('keeps an unknown name to say it does not exist', () => {
    expect(resolveKind('Funnel')).toEqual({ kind: 'trend', unknown: 'Funnel' });
    expect(resolveKind('__proto__')).toEqual({ kind: 'trend', unknown: '__proto__' });
  });
});
