import type { DemoPerson } from './people';
import type { DemoChannel } from './profile';

/** How a visit began: the channel (with its campaign) the person came through. */
export interface DemoArrival {
  readonly channel: DemoChannel;
  /** utm_campaign on the landing URL, or null for untagged traffic. */
  readonly campaign: string | null;
  /** An invitation link's code (`?ref=`). */
  readonly referralCode?: string;
}

/** Something that happens to a person on a later day. */
export type DemoAction =
  | { readonly kind: 'visit'; readonly person: DemoPerson; readonly arrival: DemoArrival | null; readonly intent?: 'buy' }
  | { readonly kind: 'refund'; readonly person: DemoPerson; readonly orderId: string; readonly total: number }
  | { readonly kind: 'survey'; readonly person: DemoPerson; readonly question: 'csat' | 'nps' };

/**
 * Actions planned for later days of the run. Why a map of day lists: a day's actions are taken
 * once and dropped, so the agenda holds only the future, and actions past the last day are
 * never stored.
 */
export class DemoAgenda {
  private readonly byDay = new Map<number, DemoAction[]>();

  constructor(private readonly days: number) {}

  add(day: number, action: DemoAction): void {
    if (day >= this.days) return;
    const list = this.byDay.get(day);
    if (list === undefined) this.byDay.set(day, [action]);
    else list.push(action);
  }

  /** The day's actions, in the order they were planned; removed from the agenda. */
  take(day: number): DemoAction[] {
    const list = this.byDay.get(day) ?? [];
    this.byDay.delete(day);
    return list;
  }
}
