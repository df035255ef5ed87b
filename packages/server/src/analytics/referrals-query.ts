import { bucketsBetween, isReferralAncestor, periodInstants, referralTrees, type ReferralCohort, type ReferralEdge, type ReferralResult, type ReferralSpec } from '@marketops/core';
import type { AnalyticsReader } from './analytics-reader';
import { referralsSql } from './referrals-sql';
import { median, ratio } from './stats';

/**
 * Referrals on the DuckDB event store, equal to the core's `runReferrals` (rules in
 * `ReferralSpec`). SQL finds every person's signup with the referrer it names, first-seen cohorts
 * in the workspace zone and invitation counts (`referrals-sql.ts`); keeping edges in signup order
 * while refusing those that would close a cycle is sequential by nature, so it is done here, as
 * are the trees and the per-cohort figures.
 *
 * @example
 * await queryReferrals(store, 'w', { period, interval: 'month' }) // { edges, trees, cohorts, medianCycleTimeMs }
 */
export async function queryReferrals(reader: AnalyticsReader, workspaceId: string, spec: ReferralSpec): Promise<ReferralResult> {
  const { sql, params } = referralsSql(workspaceId, spec);
  const rows = await reader.query(sql, params);

  const signupAt = new Map<string, number>();
  const referrerOf = new Map<string, string>();
  const edges: ReferralEdge[] = [];
  const members = new Map<string, { people: string[]; invitations: number }>(bucketsBetween(spec.period.from, spec.period.to, spec.interval).map((b) => [b, { people: [], invitations: 0 }]));
  for (const row of rows) {
    const person = String(row.person);
    if (row.kind === 'member') {
      const cohort = members.get(String(row.bucket));
      cohort?.people.push(person);
      if (cohort !== undefined) cohort.invitations += Number(row.n);
      continue;
    }
    const ts = Number(row.ts);
    signupAt.set(person, ts);
    if (row.referrer === null || row.referrer === person) continue;
    const referrer = String(row.referrer);
    if (isReferralAncestor(person, referrer, referrerOf)) continue;
    referrerOf.set(person, referrer);
    edges.push({ referrer, referred: person, signedUpAt: ts, via: row.via === 'referrer_id' ? 'referrer_id' : 'referral_code' });
  }

  const cycleTimes = (list: readonly ReferralEdge[]): number[] =>
    list.flatMap((e) => {
      const referrerSignup = signupAt.get(e.referrer);
      return referrerSignup === undefined ? [] : [e.signedUpAt - referrerSignup];
    });
  const cohorts: ReferralCohort[] = [...members.entries()].map(([bucket, { people, invitations }]) => {
    const set = new Set(people);
    const theirs = edges.filter((e) => set.has(e.referrer));
    return {
      bucket,
      size: set.size,
      invitations,
      referredSignups: theirs.length,
      invitationsPerMember: ratio(invitations, set.size),
      invitationConversionRate: ratio(theirs.length, invitations),
      kFactor: ratio(theirs.length, set.size),
      medianCycleTimeMs: median(cycleTimes(theirs)),
    };
  });
  const start = periodInstants(spec.period).start.getTime();
  return { edges, trees: referralTrees(edges), cohorts, medianCycleTimeMs: median(cycleTimes(edges.filter((e) => e.signedUpAt >= start))) };
}


