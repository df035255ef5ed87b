import { parseCalendarDate, type DateOrder } from './calendar-date';
import { isBlankCell, RowProblems, type CellInput } from './cells';
import { CHANNEL_METRICS, type ChannelMetric, type RowResult } from './model';
import { parseCount } from './numbers';
import { normalisePlatform } from './platforms';

/** One row of a channel-statistics file, after a platform format picked its cells. */
export interface ChannelStatRowInput {
  readonly line: number;
  /** From the file's column (generic format) or fixed by the format (`{ column: null, text: 'wechat' }`). */
  readonly platform: CellInput | undefined;
  readonly account: CellInput | undefined;
  readonly date: CellInput | undefined;
  /** How the format writes slashed dates; `ymd` refuses them as ambiguous. */
  readonly dateOrder: DateOrder;
  /**
   * The cells each metric is the sum of (interactions = likes + comments + shares...). A metric
   * without cells, or whose cells are all blank, is null: the export does not say.
   */
  readonly metrics: Readonly<Partial<Record<ChannelMetric, readonly CellInput[]>>>;
}

/** A valid snapshot row before it is given a workspace and a row key. */
export interface ChannelStatDraft {
  readonly line: number;
  readonly platform: string;
  readonly account: string;
  readonly date: string;
  readonly followers: number | null;
  readonly reads: number | null;
  readonly interactions: number | null;
  readonly posts: number | null;
}

const MAX_NAME = 200;

/**
 * Validates one row of channel statistics. Counts accept thousands separators and 万/亿 units;
 * they must be whole and not negative.
 *
 * @example
 * validateChannelStatRow({ line: 2, platform: { column: null, text: 'wechat' }, account: { column: null, text: '示例' },
 *   date: { column: '日期', text: '2024-03-05' }, dateOrder: 'ymd', metrics: { reads: [{ column: '阅读次数', text: '1.2万' }] } })
 * // { ok: true, value: { ..., reads: 12000, followers: null, ... } }
 */
export function validateChannelStatRow(input: ChannelStatRowInput): RowResult<ChannelStatDraft> {
  const problems = new RowProblems(input.line);
  const platformText = problems.requiredText('platform', input.platform, MAX_NAME);
  const account = problems.requiredText('account', input.account, MAX_NAME);
  const date = problems.take('date', input.date, parseCalendarDate(input.date?.text ?? '', input.dateOrder));
  const values: Partial<Record<ChannelMetric, number | null>> = {};
  for (const metric of CHANNEL_METRICS) values[metric] = sumCells(problems, metric, input.metrics[metric] ?? []);

  if (problems.list.length > 0) return { ok: false, problems: problems.list };
  return {
    ok: true,
    value: {
      line: input.line,
      platform: normalisePlatform(platformText!),
      account: account!,
      date: date!,
      followers: values.followers ?? null,
      reads: values.reads ?? null,
      interactions: values.interactions ?? null,
      posts: values.posts ?? null,
    },
  };
}

/** The sum of the non-blank cells, or null when every cell is blank. */
function sumCells(problems: RowProblems, metric: ChannelMetric, cells: readonly CellInput[]): number | null {
  let sum: number | null = null;
  for (const cell of cells) {
    if (isBlankCell(cell)) continue;
    const count = problems.take(metric, cell, parseCount(cell.text));
    if (count !== undefined) sum = (sum ?? 0) + count;
  }
  return sum;
}
