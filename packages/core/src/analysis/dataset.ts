import type { StoredEvent } from '../events/model';
import type { ChannelStatSnapshot, CostRecord } from '../feeds/model';

/**
 * Everything the reference implementations read, in memory: one workspace's events, costs and
 * channel-account snapshots, and its time zone. The store adapters answer the same questions with
 * queries; the reference answers them by walking these arrays, slowly and obviously.
 */
export interface Dataset {
  readonly workspaceId: string;
  /** IANA zone of the workspace, e.g. `Asia/Shanghai`; days, weeks and months are its. */
  readonly timeZone: string;
  readonly events: readonly StoredEvent[];
  readonly costs: readonly CostRecord[];
  readonly channelStats: readonly ChannelStatSnapshot[];
}
