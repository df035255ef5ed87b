import type { ChannelMetric, DateOrder } from '@marketops/core';

/** The formats `import channel-stats --format` accepts. */
export const CHANNEL_STAT_FORMAT_IDS = ['wechat', 'weibo', 'douyin', 'youtube', 'facebook', 'instagram', 'x', 'linkedin', 'generic'] as const;
/** A format's id. */
export type ChannelStatFormatId = (typeof CHANNEL_STAT_FORMAT_IDS)[number];

/**
 * Cells summed into one metric. Each inner list is one part, named by its alternative headers
 * (the first the file has is used): `[['Likes'], ['Comments added', 'Comments']]` is likes plus
 * comments.
 */
export type MetricParts = readonly (readonly string[])[];

/**
 * How one platform's CSV export maps onto a {@link ChannelStatSnapshot}. Each metric lists
 * alternatives in order of preference; the first alternative of which the file has at least one
 * part is used. So interactions prefer the sum of likes, comments and shares, and fall back to a
 * platform's own "engagements" total only when the parts are missing (totals differ between
 * platforms: some count clicks).
 */
export interface ChannelStatFormat {
  readonly id: ChannelStatFormatId;
  /** The export it reads, for docs and help texts. */
  readonly title: string;
  /** The platform id of every row; null when the file has a platform column (generic). */
  readonly platform: string | null;
  readonly dateOrder: DateOrder;
  readonly dateColumns: readonly string[];
  /** Generic format only: the columns naming platform and account. */
  readonly platformColumns?: readonly string[];
  readonly accountColumns?: readonly string[];
  readonly metrics: Readonly<Partial<Record<ChannelMetric, readonly MetricParts[]>>>;
  /** Meta's exports put a row of metric descriptions under the header; it is skipped. */
  readonly descriptionRow?: boolean;
}
