-- Reach, frequency and cost per contact by channel and by campaign, and in total, for one period
-- (the rules of packages/core/src/analysis/reach-spec.ts).
--
-- Parameters:
--   :'workspace'            workspace id
--   :'period_start'         first instant of the period (its first local midnight), timestamptz
--   :'period_end'           first instant after the period, timestamptz
--   :'period_from'          first calendar day of the period, for costs (date)
--   :'period_to'            last calendar day of the period (date)
--   :'reporting_currency'   costs in other currencies are converted with exchange_rates
--
-- Rows: (dim, name, reach, touches, cost, cost_per_contact), dim = channel | campaign | total;
-- cost and cost per contact in the reporting currency, rounded to 4 decimals.
--
-- A touch: a page or screen view from a channel other than Direct, Email, SMS, Mobile Push
-- Notifications and Unassigned, or an `Event Attended` / `Ad Impression` track call. Channels and
-- campaigns group ignoring case, each named by its smallest spelling in byte order (COLLATE "C",
-- as DuckDB and JavaScript compare). btrim's character list is JavaScript's ASCII whitespace.
WITH aliases AS MATERIALIZED (
  SELECT alias_id, person_id FROM person_aliases WHERE workspace_id = :'workspace'
),
touches AS (
  SELECT COALESCE(u.person_id, e.user_id, a.person_id, e.anonymous_id) AS person,
         e.channel,
         COALESCE(NULLIF(btrim(e.utm_campaign, E' \t\n\r\f\v'), ''), '(none)') AS campaign
    FROM events e
    LEFT JOIN aliases u ON u.alias_id = e.user_id
    LEFT JOIN aliases a ON a.alias_id = e.anonymous_id
   WHERE e.workspace_id = :'workspace'
     AND e.ts >= :'period_start'::timestamptz AND e.ts < :'period_end'::timestamptz
     AND ((e.type IN ('page', 'screen') AND e.channel NOT IN ('Direct', 'Email', 'SMS', 'Mobile Push Notifications', 'Unassigned'))
          OR (e.type = 'track' AND e.event IN ('Event Attended', 'Ad Impression')))
),
reach AS (
  SELECT CASE WHEN GROUPING(lower(channel)) = 0 THEN 'channel' WHEN GROUPING(lower(campaign)) = 0 THEN 'campaign' ELSE 'total' END AS dim,
         COALESCE(lower(channel), lower(campaign), '') AS key,
         CASE WHEN GROUPING(lower(channel)) = 0 THEN min(channel COLLATE "C") ELSE min(campaign COLLATE "C") END AS name,
         count(DISTINCT person) AS reach,
         count(*) AS touches
    FROM touches
   GROUP BY GROUPING SETS ((lower(channel)), (lower(campaign)), ())
),
period_costs AS (
  SELECT COALESCE(m.channel, btrim(c.channel)) AS channel,
         COALESCE(NULLIF(btrim(c.campaign), ''), '(none)') AS campaign,
         CASE WHEN c.currency = :'reporting_currency' THEN c.amount ELSE c.amount * r.rate END AS amount
    FROM costs c
    LEFT JOIN channel_map m ON m.workspace_id = c.workspace_id AND lower(btrim(m.cost_channel)) = lower(btrim(c.channel))
    LEFT JOIN exchange_rates r ON r.workspace_id = c.workspace_id AND r.currency = c.currency
   WHERE c.workspace_id = :'workspace' AND c.date BETWEEN :'period_from'::date AND :'period_to'::date
),
spend AS (
  SELECT CASE WHEN GROUPING(lower(channel)) = 0 THEN 'channel' WHEN GROUPING(lower(campaign)) = 0 THEN 'campaign' ELSE 'total' END AS dim,
         COALESCE(lower(channel), lower(campaign), '') AS key,
         CASE WHEN GROUPING(lower(channel)) = 0 THEN min(channel COLLATE "C") ELSE min(campaign COLLATE "C") END AS name,
         sum(amount) AS cost
    FROM period_costs
   GROUP BY GROUPING SETS ((lower(channel)), (lower(campaign)), ())
)
SELECT dim,
       CASE WHEN dim = 'total' THEN NULL ELSE least(r.name COLLATE "C", s.name COLLATE "C") END AS name,
       COALESCE(r.reach, 0) AS reach,
       COALESCE(r.touches, 0) AS touches,
       round(s.cost, 4) AS cost,
       CASE WHEN COALESCE(r.reach, 0) = 0 THEN NULL ELSE round(s.cost / r.reach, 4) END AS cost_per_contact
  FROM reach r
  FULL JOIN spend s USING (dim, key)
 ORDER BY 1, 3 DESC, 2;
