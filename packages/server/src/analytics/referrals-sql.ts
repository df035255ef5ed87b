import { EVENTS, PROPS, periodInstants, type Interval, type ReferralSpec } from '@marketops/core';
import { TS_MS, periodLocalDateSql } from './actions-sql';
import { SqlParams } from './sql-params';
import { jsTrim, jsonSlot } from './value-test-sql';

const BUCKET_OF: Readonly<Record<Interval, (date: string) => string>> = {
  day: (date) => date,
  week: (date) => `CAST(date_trunc('week', ${date}) AS DATE)`,
  month: (date) => `CAST(date_trunc('month', ${date}) AS DATE)`,
};

/**
 * The referral query (rules in `ReferralSpec`), over the events before the period's end. Rows by
 * `kind`:
 * - `signup`: each person's first `Signed Up` (ts, messageId) with the referrer it names, by
 *   `referrer_id` (resolved like a user id) or else by the earliest `Referral Sent` with the same
 *   `referral_code`, sent at or before the signup; in signup order.
 * - `member`: each person whose first event of any type has its local date in the period, with
 *   that date's bucket, and `n` = their `Referral Sent` actions.
 */
export function referralsSql(workspaceId: string, spec: ReferralSpec): { sql: string; params: SqlParams['values'] } {
  const params = new SqlParams();
  const workspace = params.add(workspaceId);
  const zone = params.add(spec.period.timeZone);
  const { end } = periodInstants(spec.period);
  const bucket = BUCKET_OF[spec.interval];
  if (bucket === undefined) throw new RangeError(`unknown interval: ${String(spec.interval)}`);
  const propertyText = (key: string): string => {
    const text = jsonSlot('e.properties', key, params).text;
    return `CASE WHEN ${jsTrim(text)} <> '' THEN ${text} END`;
  };
  const signedUp = params.add(EVENTS.signedUp);
  const referralSent = params.add(EVENTS.referralSent);
  const sql = `WITH evs AS (
      SELECT e.person_id AS person, ${TS_MS} AS ts, e.message_id, ${periodLocalDateSql('e.ts', spec.period, zone)} AS d,
             e.type = 'track' AND e.event = ${signedUp} AS is_signup,
             e.type = 'track' AND e.event = ${referralSent} AS is_invitation,
             ${propertyText(PROPS.referrerId)} AS referrer_id,
             ${propertyText(PROPS.referralCode)} AS code
        FROM events_resolved e
       WHERE e.workspace_id = ${workspace} AND e.ts < CAST(${params.add(end.toISOString())} AS TIMESTAMPTZ)
    ),
    signups AS (SELECT * FROM evs WHERE is_signup QUALIFY row_number() OVER (PARTITION BY person ORDER BY ts, message_id) = 1),
    owners AS (
      SELECT code, arg_min(person, (ts, message_id)) AS person, min(ts) AS ts
        FROM evs WHERE is_invitation AND code IS NOT NULL GROUP BY code
    ),
    first_seen AS (SELECT person, arg_min(d, (ts, message_id)) AS d FROM evs GROUP BY person),
    invitations AS (SELECT person, count(*) AS n FROM evs WHERE is_invitation GROUP BY person)
    SELECT 'signup' AS kind, s.person, s.ts, s.message_id,
           CASE WHEN s.referrer_id IS NOT NULL THEN COALESCE(pa.person_id, s.referrer_id) WHEN o.ts <= s.ts THEN o.person END AS referrer,
           CASE WHEN s.referrer_id IS NOT NULL THEN 'referrer_id' WHEN o.ts <= s.ts THEN 'referral_code' END AS via,
           NULL AS bucket, NULL AS n
      FROM signups s
      LEFT JOIN person_aliases pa ON pa.workspace_id = ${workspace} AND pa.alias_id = s.referrer_id
      LEFT JOIN owners o ON s.referrer_id IS NULL AND o.code = s.code
    UNION ALL
    SELECT 'member', f.person, NULL, NULL, NULL, NULL, strftime(${bucket('f.d')}, '%Y-%m-%d'), COALESCE(i.n, 0)
      FROM first_seen f LEFT JOIN invitations i ON i.person = f.person
     WHERE f.d BETWEEN CAST(${params.add(spec.period.from)} AS DATE) AND CAST(${params.add(spec.period.to)} AS DATE)
    ORDER BY kind DESC, ts, message_id, person`;
  return { sql, params: params.usedIn(sql) };
}
