/**
 * Names to pick from in the forms (they can always be typed instead): the events of the metrics
 * vocabulary, which the demo data sends too (docs/demo-data.md), and the channel groups events
 * are sorted into (GA4's default channel group plus MarketOps' offline ones).
 */
export const KNOWN_EVENTS: readonly string[] = [
  'Signed Up',
  'Order Completed',
  'Order Refunded',
  'Product Viewed',
  'Lead Qualified',
  'Application Installed',
  'Activity Joined',
  'Post Created',
  'Event Attended',
  'Ad Impression',
  'Ad Clicked',
  'Content Liked',
  'Content Commented',
  'Content Saved',
  'Content Shared',
  'Survey Answered',
  'Referral Sent',
  'Email Delivered',
  'Email Opened',
];

export const CHANNEL_GROUPS: readonly string[] = [
  'Direct',
  'Organic Search',
  'Paid Search',
  'Organic Social',
  'Paid Social',
  'Organic Video',
  'Paid Video',
  'Organic Shopping',
  'Paid Shopping',
  'Display',
  'Paid Other',
  'Referral',
  'Email',
  'SMS',
  'Mobile Push Notifications',
  'Affiliates',
  'Audio',
  'Cross-network',
  'Offline Events',
  'Offline Press',
  'Unassigned',
];
