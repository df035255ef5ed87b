import { EVENTS, PROPS } from '../metrics/vocabulary';
import { bucketOf, bucketsBetween, localDate, periodInstants } from './calendar';
import type { Dataset } from './dataset';
import { textForm } from './filters';
import { byTime, indexPeople, isAction, type PersonEvent } from './people';
import type { ReferralCohort, ReferralEdge, ReferralResult, ReferralSpec, ReferralTree } from './referrals-spec';
import { median, ratio } from './stats';

/**
 * The reference referral analysis. Semantics in `ReferralSpec`.
 *
 * @example runReferrals(dataset, { period, interval: 'month' }).cohorts[0]?.kFactor // 0.4
 */
export function runReferrals(dataset: Dataset, spec: ReferralSpec): ReferralResult {
  const { start, end } = periodInstants(spec.period);
  const people = indexPeople(dataset.events);
  const all: PersonEvent[] = dataset.events
    .filter((e) => e.timestamp.getTime() < end.getTime())
    .map((event) => ({ event, person: people.personOf(event), ts: event.timestamp.getTime() }))
    .sort(byTime);
  const actions = all.filter((a) => isAction(a.event));

  const signups = new Map<string, PersonEvent>();
  const tracked = (name: string) => actions.filter((a) => a.event.type === 'track' && a.event.event === name);
  for (const a of tracked(EVENTS.signedUp)) if (!signups.has(a.person)) signups.set(a.person, a);
  const invitations = tracked(EVENTS.referralSent);
  const codeOwner = new Map<string, PersonEvent>();
  for (const a of invitations) {
    const code = propertyText(a, PROPS.referralCode);
    if (code !== null && !codeOwner.has(code)) codeOwner.set(code, a);
  }

  const referrerOf = new Map<string, string>();
  const edges: ReferralEdge[] = [];
  for (const signup of [...signups.values()].sort(byTime)) {
    const found = referrerFor(signup, codeOwner, (userId) => people.personOf({ userId, anonymousId: null }));
    if (found === null || found.referrer === signup.person) continue;
    if (isReferralAncestor(signup.person, found.referrer, referrerOf)) continue;
    referrerOf.set(signup.person, found.referrer);
    edges.push({ referrer: found.referrer, referred: signup.person, signedUpAt: signup.ts, via: found.via });
  }

  const cycleTime = (edge: ReferralEdge): number | null => {
    const referrerSignup = signups.get(edge.referrer);
    return referrerSignup === undefined ? null : edge.signedUpAt - referrerSignup.ts;
  };
  const cycleTimes = (list: readonly ReferralEdge[]): number[] => list.flatMap((e) => cycleTime(e) ?? []);

  const firstSeen = new Map<string, PersonEvent>();
  for (const a of all) if (!firstSeen.has(a.person)) firstSeen.set(a.person, a);
  const members = new Map<string, string[]>(bucketsBetween(spec.period.from, spec.period.to, spec.interval).map((b) => [b, []]));
  for (const [person, first] of firstSeen) {
    const date = localDate(first.event.timestamp, spec.period.timeZone);
    if (date < spec.period.from || date > spec.period.to) continue;
    members.get(bucketOf(date, spec.interval))?.push(person);
  }
  const cohorts: ReferralCohort[] = [...members.entries()].map(([bucket, list]) => {
    const set = new Set(list);
    const sent = invitations.filter((a) => set.has(a.person)).length;
    const theirs = edges.filter((e) => set.has(e.referrer));
    return {
      bucket,
      size: set.size,
      invitations: sent,
      referredSignups: theirs.length,
      invitationsPerMember: ratio(sent, set.size),
      invitationConversionRate: ratio(theirs.length, sent),
      kFactor: ratio(theirs.length, set.size),
      medianCycleTimeMs: median(cycleTimes(theirs)),
    };
  });

  return {
    edges,
    trees: referralTrees(edges),
    cohorts,
    medianCycleTimeMs: median(cycleTimes(edges.filter((e) => e.signedUpAt >= start.getTime()))),
  };
}

function propertyText(action: PersonEvent, key: string): string | null {
  const props = action.event.properties;
  const text = Object.hasOwn(props, key) ? textForm(props[key]) : null;
  return text === null || text.trim() === '' ? null : text;
}

function referrerFor(
  signup: PersonEvent,
  codeOwner: ReadonlyMap<string, PersonEvent>,
  personOfUser: (userId: string) => string,
): { referrer: string; via: ReferralEdge['via'] } | null {
  const referrerId = propertyText(signup, PROPS.referrerId);
  if (referrerId !== null) return { referrer: personOfUser(referrerId), via: 'referrer_id' };
  const code = propertyText(signup, PROPS.referralCode);
  const owner = code === null ? undefined : codeOwner.get(code);
  if (owner === undefined || owner.ts > signup.ts) return null;
  return { referrer: owner.person, via: 'referral_code' };
}

/** Whether `ancestor` is `person` or one of the people who (transitively) referred `person`. */
export function isReferralAncestor(ancestor: string, person: string, referrerOf: ReadonlyMap<string, string>): boolean {
  for (let p: string | undefined = person; p !== undefined; p = referrerOf.get(p)) if (p === ancestor) return true;
  return false;
}

/** The referral trees: roots have referrals and no referrer; size counts the root; depth in edges. */
export function referralTrees(edges: readonly ReferralEdge[]): ReferralTree[] {
  const children = new Map<string, string[]>();
  const referred = new Set<string>();
  for (const e of edges) {
    children.set(e.referrer, [...(children.get(e.referrer) ?? []), e.referred]);
    referred.add(e.referred);
  }
  const measure = (person: string): { size: number; depth: number } => {
    let size = 1;
    let depth = 0;
    for (const child of children.get(person) ?? []) {
      const m = measure(child);
      size += m.size;
      depth = Math.max(depth, m.depth + 1);
    }
    return { size, depth };
  };
  return [...children.keys()]
    .filter((p) => !referred.has(p))
    .map((root) => ({ root, ...measure(root) }))
    .sort((a, b) => b.size - a.size || (a.root < b.root ? -1 : a.root > b.root ? 1 : 0));
}
