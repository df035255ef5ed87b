import { describe, expect, it } from 'vitest';
import { sketchDataset } from './dataset-fixtures';
import type { EventSketch } from './event-fixtures';
import { runReferrals } from './referrals';

const DAY = 86_400_000;
const signUp = (userId: string, day: string, properties: Record<string, unknown> = {}): EventSketch => ({ event: 'Signed Up', userId, ts: `2026-11-${day}T10:00:00Z`, properties });
const invite = (userId: string, day: string, code: string): EventSketch => ({ event: 'Referral Sent', userId, ts: `2026-11-${day}T09:00:00Z`, properties: { referral_code: code } });

// Mon 2 Nov .. Tue 10 Nov 2026. Weeks start on Monday 2 and Monday 9 November.
const events: EventSketch[] = [
  signUp('alice', '02'),
  invite('alice', '03', 'AL1'),
  invite('alice', '03', 'AL2'),
  signUp('bob', '04', { referral_code: 'AL1' }), // by alice's code: 2 days after alice
  invite('bob', '05', 'BO1'),
  signUp('carol', '05', { referrer_id: 'alice' }), // by id: 3 days
  // eve signs up anonymously with alice's second code, then identifies: 4 days
  { event: 'Signed Up', anonymousId: 'anon-e', ts: '2026-11-06T10:00:00Z', properties: { referral_code: 'AL2' } },
  { type: 'identify', anonymousId: 'anon-e', userId: 'eve', ts: '2026-11-06T10:05:00Z' },
  signUp('dave', '09', { referral_code: 'BO1' }), // bob's code: 9 Nov - 4 Nov = 5 days
  signUp('frank', '09', { referrer_id: 'frank' }), // refers himself: ignored
  signUp('ivan', '10', { referral_code: 'NOPE' }), // unknown code: not referred
  signUp('carol', '10', { referrer_id: 'ivan' }), // carol's second signup: ignored
];
const spec = { period: { from: '2026-11-02', to: '2026-11-15', timeZone: 'UTC' }, interval: 'week' as const };

describe('runReferrals', () => {
  it('builds referral trees from referrer ids and referral codes', () => {
    const result = runReferrals(sketchDataset(events), spec);
    expect(result.edges.map((e) => [e.referrer, e.referred, e.via])).toEqual([
      ['alice', 'bob', 'referral_code'],
      ['alice', 'carol', 'referrer_id'],
      ['alice', 'eve', 'referral_code'],
      ['bob', 'dave', 'referral_code'],
    ]);
    // alice -> bob, carol, eve; bob -> dave: 5 people, 2 levels
    expect(result.trees).toEqual([{ root: 'alice', size: 5, depth: 2 }]);
  });

  it('computes K per first-seen cohort and the viral cycle time', () => {
    const result = runReferrals(sketchDataset(events), spec);
    // week of 2 Nov: alice bob carol eve (4), invitations AL1 AL2 BO1 (3), referred bob carol eve dave (4)
    //   per member 3/4, conversion 4/3, K = 3/4 x 4/3 = 4/4 = 1; cycle times 2, 3, 4, 5 days: median 3.5 days
    // week of 9 Nov: dave frank ivan (3), nothing sent or referred: K 0
    expect(result.cohorts).toEqual([
      { bucket: '2026-11-02', size: 4, invitations: 3, referredSignups: 4, invitationsPerMember: 0.75, invitationConversionRate: 4 / 3, kFactor: 1, medianCycleTimeMs: 3.5 * DAY },
      { bucket: '2026-11-09', size: 3, invitations: 0, referredSignups: 0, invitationsPerMember: 0, invitationConversionRate: null, kFactor: 0, medianCycleTimeMs: null },
    ]);
    expect(result.medianCycleTimeMs).toBe(3.5 * DAY);
  });

  it('reads only what happened by the end of the period', () => {
    const short = runReferrals(sketchDataset(events), { period: { from: '2026-11-02', to: '2026-11-05', timeZone: 'UTC' }, interval: 'day' });
    // up to 5 Nov: bob (4 Nov) and carol (5 Nov) are referred; eve and dave come later
    expect(short.edges.map((e) => e.referred)).toEqual(['bob', 'carol']);
    expect(short.trees).toEqual([{ root: 'alice', size: 3, depth: 1 }]);
    expect(short.cohorts.map((c) => [c.bucket, c.size, c.kFactor])).toEqual([
      ['2026-11-02', 1, 2], // alice brought bob and carol
      ['2026-11-03', 0, null],
      ['2026-11-04', 1, 0], // bob sent BO1 on 5 Nov; nobody used it yet
      ['2026-11-05', 1, 0],
    ]);
    expect(short.medianCycleTimeMs).toBe(2.5 * DAY); // 2 and 3 days
  });

  it('drops an edge that would close a cycle, and a code used before it was sent', () => {
    const cyclic: EventSketch[] = [
      signUp('gina', '03', { referrer_id: 'hank' }),
      signUp('hank', '04', { referrer_id: 'gina' }), // gina already hangs under hank
      signUp('ivy', '05', { referral_code: 'LATE' }),
      invite('jay', '06', 'LATE'),
    ];
    const result = runReferrals(sketchDataset(cyclic), spec);
    expect(result.edges.map((e) => [e.referrer, e.referred])).toEqual([['hank', 'gina']]);
    expect(result.trees).toEqual([{ root: 'hank', size: 2, depth: 1 }]);
    expect(result.medianCycleTimeMs).toBe(-DAY); // hank signed up a day after the signup he referred
  });

  it('puts first-seen days in the workspace zone', () => {
    const zoned: EventSketch[] = [{ event: 'Signed Up', userId: 'late', ts: '2026-11-01T16:30:00Z' }]; // 2 Nov 00:30 in Shanghai
    const utc = runReferrals(sketchDataset(zoned), spec);
    expect(utc.cohorts.map((c) => c.size)).toEqual([0, 0]); // 1 Nov in UTC: before the period
    const shanghai = runReferrals(sketchDataset(zoned, { timeZone: 'Asia/Shanghai' }), { ...spec, period: { ...spec.period, timeZone: 'Asia/Shanghai' } });
    expect(shanghai.cohorts.map((c) => c.size)).toEqual([1, 0]);
  });

  it('answers an empty dataset with empty cohorts', () => {
    const result = runReferrals(sketchDataset([]), spec);
    expect(result.edges).toEqual([]);
    expect(result.trees).toEqual([]);
    expect(result.medianCycleTimeMs).toBeNull();
    expect(result.cohorts.map((c) => [c.size, c.kFactor])).toEqual([
      [0, null],
      [0, null],
    ]);
  });
});
