import type { Interval, Period } from './calendar';

/**
 * Referrals: who brought whom (the "fission" growth of SYSTEM.md), the viral coefficient K per
 * cohort and the viral cycle time (MEASUREMENT.md). The whole analysis is "as of the end of
 * `period`": only events at or before the period's last instant are read. Every rule:
 *
 * **Signups.** A person's signup is their earliest `Signed Up` action (ties: smallest messageId);
 * later `Signed Up` events of the same person are ignored.
 *
 * **Referrer of a signup.** `properties.referrer_id` (text form, see `filters.ts`; blank = absent)
 * is a user id: the referrer is `personOf({ userId: referrer_id })`. Otherwise
 * `properties.referral_code`: the referrer is the person of the earliest `Referral Sent` action
 * whose `properties.referral_code` has the same text (exact, case-sensitive), sent at or before the
 * signup. Otherwise the signup was not referred. A person referring themself is ignored.
 *
 * **Edges and trees.** Edges are taken in signup order (timestamp, messageId); an edge that would
 * close a cycle (the referrer was, directly or not, referred by the new person) is dropped. Each
 * person has at most one referrer, so the edges form trees. A tree's root is a person with
 * referrals and no referrer; `size` counts every person in it, root included; `depth` is its
 * longest chain of edges (a root with direct referrals only: 1). Trees are sorted by size
 * (descending), then root.
 *
 * **K-factor per cohort.** Cohorts: people by the bucket of their first-seen date (the local date,
 * in `period.timeZone`, of their earliest event of any type), one cohort per bucket of
 * `bucketsBetween(period.from, period.to, interval)`; only first-seen dates inside the period.
 * `invitations`: `Referral Sent` actions of the members; `referredSignups`: edges whose referrer
 * is a member. `invitationsPerMember` = invitations / size; `invitationConversionRate` =
 * referredSignups / invitations (null without invitations; can exceed 1 when signups name their
 * referrer by `referrer_id` without an invitation event); `kFactor` = referredSignups / size, which
 * equals invitationsPerMember x invitationConversionRate whenever there are invitations (null for
 * an empty cohort).
 *
 * **Viral cycle time.** For an edge whose referrer has a signup: referred signup time - referrer
 * signup time, in ms (negative when the data says the referrer signed up later; kept, not hidden).
 * `medianCycleTimeMs`: median over the edges whose referred signup is inside the period; per cohort:
 * over the edges whose referrer is in the cohort. Null when there is none.
 */
export interface ReferralSpec {
  readonly period: Period;
  readonly interval: Interval;
}

export interface ReferralEdge {
  readonly referrer: string;
  readonly referred: string;
  /** Epoch ms of the referred person's signup. */
  readonly signedUpAt: number;
  readonly via: 'referrer_id' | 'referral_code';
}

export interface ReferralTree {
  readonly root: string;
  readonly size: number;
  readonly depth: number;
}

export interface ReferralCohort {
  readonly bucket: string;
  readonly size: number;
  readonly invitations: number;
  readonly referredSignups: number;
  readonly invitationsPerMember: number | null;
  readonly invitationConversionRate: number | null;
  readonly kFactor: number | null;
  readonly medianCycleTimeMs: number | null;
}

export interface ReferralResult {
  /** Every kept edge as of the period end, in signup order. */
  readonly edges: readonly ReferralEdge[];
  readonly trees: readonly ReferralTree[];
  readonly cohorts: readonly ReferralCohort[];
  readonly medianCycleTimeMs: number | null;
}
