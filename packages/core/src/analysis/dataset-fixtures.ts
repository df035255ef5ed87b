import type { CostRecord } from '../feeds/model';
import type { Dataset } from './dataset';
import { sketchEvent, type EventSketch } from './event-fixtures';

/** A dataset for tests: events from sketches, optional costs, workspace `w` in `timeZone`. */
export function sketchDataset(events: readonly EventSketch[], options: { timeZone?: string; costs?: readonly CostRecord[] } = {}): Dataset {
  return { workspaceId: 'w', timeZone: options.timeZone ?? 'UTC', events: events.map(sketchEvent), costs: options.costs ?? [], channelStats: [] };
}
