/**
 * The events the metrics read: names and properties, as the catalog's KPI definitions name them.
 * Segment's e-commerce spec names where one exists ("Order Completed", "Order Refunded",
 * "Product Viewed", "Signed Up", "Application Installed"); MarketOps' own names, in the same Title
 * Case style, for the records the articles' yardsticks need and no spec covers (research reports,
 * brand reviews, media mentions, activities, surveys, app-store statistics).
 *
 * A company sends these with any Segment-compatible SDK (`track(name, properties)`), or imports
 * them (offline contacts become "Event Attended"). Property names are snake_case as in Segment's
 * spec. This is the contract between the data a company sends, the demo data and the metrics:
 * change a name here only with a migration note in docs/metrics.md.
 */
export const EVENTS = {
  // Marketing touches and content
  eventAttended: 'Event Attended', // {event_name, event_type, city?, country?} (imported offline contacts, the demo)
  adImpression: 'Ad Impression', // {ad_id?, placement?} a person saw an ad (when the platform reports it per person)
  adClicked: 'Ad Clicked', // {ad_id?}
  contentPublished: 'Content Published', // {content_id, title?, content_type?}
  contentLiked: 'Content Liked', // {content_id}
  contentCommented: 'Content Commented', // {content_id}
  contentSaved: 'Content Saved', // {content_id}
  contentShared: 'Content Shared', // {content_id, share_via?}
  // Product and operations
  applicationInstalled: 'Application Installed', // {version?, build?}; device: context.device.id
  signedUp: 'Signed Up', // {method?, referrer_id?, referral_code?}
  postCreated: 'Post Created', // {post_id}
  activityJoined: 'Activity Joined', // {activity_id}
  activityMilestone: 'Activity Milestone Due', // {activity_id, milestone, due_date, completed_date|null}
  activityEnded: 'Activity Ended', // {activity_id, goal_event?}: the activity closed; goal_event names the event that counts as its goal
  productViewed: 'Product Viewed', // {product_id, price?, currency?}
  // Sales and after-sales
  leadQualified: 'Lead Qualified', // {lead_source?}
  orderCompleted: 'Order Completed', // {order_id, total, revenue?, currency, products?}
  orderRefunded: 'Order Refunded', // {order_id, total, currency}
  surveyAnswered: 'Survey Answered', // {survey_id, question: 'nps'|'csat'|'aided-awareness'|'top-of-mind', score?, answer?}
  referralSent: 'Referral Sent', // {referral_code, channel?}: an invitation a person sent
  // Records of the strategic functions, sent as events by the tools that hold them
  reportDelivered: 'Report Delivered', // {report_id, title?}
  reportDecided: 'Report Decided', // {report_id, decision: 'approved'|'rejected'}
  reportCited: 'Report Cited', // {report_id, cited_by}: a plan, campaign or activity cites a report
  assetReviewed: 'Asset Reviewed', // {asset_id, passed: boolean, review_round: number}
  mediaMentioned: 'Media Mentioned', // {url, outlet, tone?: 'positive'|'neutral'|'negative'}
  appStoreStats: 'App Store Stats Reported', // {store, date, downloads?, rank?, chart_length?, rating?, ratings_count?}
} as const;

export type VocabularyEvent = (typeof EVENTS)[keyof typeof EVENTS];

/** Property names the metrics read, so a typo is a compile error rather than a zero. */
export const PROPS = {
  orderId: 'order_id',
  total: 'total',
  currency: 'currency',
  contentId: 'content_id',
  postId: 'post_id',
  activityId: 'activity_id',
  referrerId: 'referrer_id',
  referralCode: 'referral_code',
  surveyId: 'survey_id',
  question: 'question',
  score: 'score',
  reportId: 'report_id',
  decision: 'decision',
  assetId: 'asset_id',
  passed: 'passed',
  reviewRound: 'review_round',
  url: 'url',
  tone: 'tone',
  // Added for the metric definitions (metrics/definitions/); names as in the comments above.
  revenue: 'revenue',
  answer: 'answer',
  milestone: 'milestone',
  dueDate: 'due_date',
  completedDate: 'completed_date',
  goalEvent: 'goal_event',
  store: 'store',
  date: 'date',
  downloads: 'downloads',
  rank: 'rank',
  chartLength: 'chart_length',
  rating: 'rating',
  ratingsCount: 'ratings_count',
} as const;

/** Survey questions with a fixed scale: NPS 0-10, CSAT 1-5; awareness questions answer yes/no. */
export const SURVEY_QUESTIONS = ['nps', 'csat', 'aided-awareness', 'top-of-mind'] as const;
export type SurveyQuestion = (typeof SURVEY_QUESTIONS)[number];

/**
 * Calls that make a person active (and count for sessions, new users, retention): what the
 * person did. Messages the company sends them ("Email Delivered", "Push Notification Received")
 * and records sent by the company's tools (reports, reviews, mentions, store statistics) do not.
 */
export const NON_ACTIVITY_EVENTS: ReadonlySet<string> = new Set([
  'Email Delivered',
  'Email Opened',
  'Push Notification Received',
  'SMS Delivered',
  EVENTS.reportDelivered,
  EVENTS.reportDecided,
  EVENTS.reportCited,
  EVENTS.assetReviewed,
  EVENTS.mediaMentioned,
  EVENTS.appStoreStats,
  EVENTS.activityMilestone,
  EVENTS.activityEnded,
  EVENTS.contentPublished,
]);
