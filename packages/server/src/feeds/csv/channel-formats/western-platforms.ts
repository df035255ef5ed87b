import type { ChannelStatFormat } from './format';

// Why these names: they are the column headers of the platforms' analytics exports as their help
// pages describe them. None was checked against a real export here (docs/feeds.md says so).
// Follower counts are mapped only where an export carries the total; YouTube's "Subscribers",
// X's "New follows" and LinkedIn's follower columns are daily changes, so followers stay null.

/** YouTube Studio → Analytics → Advanced mode → Export (Table data.csv with Date as dimension). */
export const YOUTUBE: ChannelStatFormat = {
  id: 'youtube',
  title: 'YouTube Studio: Advanced mode export by Date (Table data.csv / Chart data.csv)',
  platform: 'youtube',
  dateOrder: 'ymd',
  dateColumns: ['Date'],
  metrics: {
    reads: [[['Views']]],
    interactions: [[['Likes'], ['Comments added', 'Comments'], ['Shares']]],
    posts: [[['Videos published', 'Videos added']]],
  },
};

/** Facebook Page Insights (classic "Page data" export) and Meta Business Suite Insights exports. */
export const FACEBOOK: ChannelStatFormat = {
  id: 'facebook',
  title: 'Facebook Page: Insights / Meta Business Suite export by day',
  platform: 'facebook',
  dateOrder: 'mdy',
  dateColumns: ['Date'],
  descriptionRow: true,
  metrics: {
    followers: [[['Lifetime Total Likes', 'Lifetime Total Follows', 'Facebook followers', 'Page followers', 'Followers', 'Page likes']]],
    reads: [
      [['Daily Total Impressions', 'Impressions', 'Page impressions', 'Views', 'Facebook Page views']],
      [['Daily Total Reach', 'Reach', 'Facebook Page reach']],
    ],
    interactions: [
      [['Reactions', 'Likes'], ['Comments'], ['Shares']],
      [['Daily Page Engaged Users', 'Post engagements', 'Engagements', 'Content interactions', 'Interactions']],
    ],
    posts: [[['Posts', 'Posts published', 'Number of posts']]],
  },
};

/** Instagram professional account: Meta Business Suite Insights export by day. */
export const INSTAGRAM: ChannelStatFormat = {
  id: 'instagram',
  title: 'Instagram: Meta Business Suite Insights export by day',
  platform: 'instagram',
  dateOrder: 'mdy',
  dateColumns: ['Date'],
  descriptionRow: true,
  metrics: {
    followers: [[['Instagram followers', 'Followers', 'Follower count']]],
    reads: [[['Impressions', 'Views', 'Instagram views']], [['Reach', 'Instagram reach']]],
    interactions: [[['Likes'], ['Comments'], ['Shares'], ['Saves', 'Saved']], [['Content interactions', 'Interactions', 'Engagement']]],
    posts: [[['Posts', 'Posts published']]],
  },
};

/** X (Twitter) analytics: the account overview export by day. */
export const X: ChannelStatFormat = {
  id: 'x',
  title: 'X (Twitter) analytics: account overview export by day',
  platform: 'x',
  dateOrder: 'mdy',
  dateColumns: ['Date'],
  metrics: {
    followers: [[['Followers', 'Follower count']]],
    reads: [[['Impressions']]],
    interactions: [[['Likes'], ['Replies'], ['Reposts', 'Retweets'], ['Bookmarks'], ['Shares']], [['Engagements']]],
    posts: [[['Posts published', 'Tweets published', 'Create Post', 'Posts']]],
  },
};

/** LinkedIn Page analytics: the Content (Updates) export, "Metrics" sheet saved as CSV. */
export const LINKEDIN: ChannelStatFormat = {
  id: 'linkedin',
  title: 'LinkedIn Page analytics: Content (Updates) export, metrics by day',
  platform: 'linkedin',
  dateOrder: 'mdy',
  dateColumns: ['Date'],
  metrics: {
    reads: [[['Impressions (total)', 'Impressions (organic)', 'Impressions']]],
    interactions: [
      [
        ['Reactions (total)', 'Reactions (organic)', 'Reactions'],
        ['Comments (total)', 'Comments (organic)', 'Comments'],
        ['Reposts (total)', 'Reposts (organic)', 'Shares (total)', 'Shares (organic)', 'Reposts', 'Shares'],
      ],
    ],
  },
};
