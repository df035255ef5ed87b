import { CATALOG } from '../catalog/catalog';
import type { FunctionId } from '../catalog/types';
import { parseCalendarDate } from './calendar-date';
import { RowProblems, type CellInput } from './cells';
import { COST_TYPES, parseCostType, type CostType } from './cost-types';
import { parseCurrency } from './currencies';
import { normaliseLabel } from './labels';
import type { RowResult } from './model';
import { parseAmount } from './numbers';

/** The columns of a costs file, by their canonical names (docs/feeds.md lists the aliases). */
export const COST_FIELDS = ['date', 'channel', 'campaign', 'cost_type', 'amount', 'currency', 'function', 'note', 'id'] as const;
/** A column of a costs file, by its canonical name. */
export type CostField = (typeof COST_FIELDS)[number];

/** Columns a costs file must have. */
export const REQUIRED_COST_FIELDS: readonly CostField[] = ['date', 'channel', 'cost_type', 'amount', 'currency'];

/** One row of a costs file, its cells picked by canonical column. */
export interface CostRowInput {
  /** 1-based line where the row starts in the file. */
  readonly line: number;
  readonly cells: Readonly<Partial<Record<CostField, CellInput>>>;
}

/** A valid cost row before it is given a workspace and a row key. */
export interface CostDraft {
  readonly line: number;
  readonly date: string;
  readonly channel: string;
  readonly campaign: string | null;
  readonly costType: CostType;
  readonly amount: string;
  readonly currency: string;
  readonly functionId: FunctionId | null;
  readonly note: string | null;
  /** The file's own id for the row, when it has an `id` column. */
  readonly id: string | null;
}

const MAX_NAME = 200;
const MAX_NOTE = 2000;

/**
 * Validates and normalises one row of a costs file, reporting every problem of the row at once.
 * Negative amounts are accepted: refunds, rebates and credits are costs with a minus sign.
 *
 * @example
 * validateCostRow({ line: 2, cells: { date: { column: '日期', text: '2024/3/5' }, ... } })
 * // { ok: true, value: { line: 2, date: '2024-03-05', ... } }
 */
export function validateCostRow(input: CostRowInput): RowResult<CostDraft> {
  const { cells } = input;
  const problems = new RowProblems(input.line);
  const date = problems.take('date', cells.date, parseCalendarDate(cells.date?.text ?? ''));
  const channel = problems.requiredText('channel', cells.channel, MAX_NAME);
  const campaign = problems.optionalText('campaign', cells.campaign, MAX_NAME);
  const costTypeText = problems.requiredText('cost_type', cells.cost_type, MAX_NAME);
  const costType = costTypeText === undefined ? undefined : parseCostType(costTypeText);
  if (costTypeText !== undefined && costType === null) {
    problems.add('cost_type', cells.cost_type, `"${costTypeText}" is not a cost type (one of ${COST_TYPES.join(', ')})`);
  }
  const amount = problems.take('amount', cells.amount, parseAmount(cells.amount?.text ?? ''));
  const currencyText = problems.requiredText('currency', cells.currency, MAX_NAME);
  const currency = currencyText === undefined ? undefined : parseCurrency(currencyText);
  if (currencyText !== undefined && currency === null) {
    problems.add('currency', cells.currency, `"${currencyText}" is not an ISO 4217 currency code`);
  }
  const functionText = problems.optionalText('function', cells.function, MAX_NAME);
  const functionId = functionText === null ? null : findFunctionByLabel(functionText);
  if (functionText !== null && functionId === null) {
    problems.add('function', cells.function, `"${functionText}" is not a catalog function (e.g. ${CATALOG.functions.slice(0, 3).map((f) => f.id).join(', ')})`);
  }
  const note = problems.optionalText('note', cells.note, MAX_NOTE);
  const id = problems.optionalText('id', cells.id, MAX_NAME);

  if (problems.list.length > 0) return { ok: false, problems: problems.list };
  return {
    ok: true,
    value: {
      line: input.line,
      // Why the assertions: no problem was recorded, so every required value was parsed.
      date: date!,
      channel: channel!,
      campaign,
      costType: costType!,
      amount: amount!,
      currency: currency!,
      functionId,
      note,
      id,
    },
  };
}

const functionsByLabel = new Map<string, FunctionId>();
for (const fn of CATALOG.functions) {
  for (const label of [fn.id, ...Object.values(fn.name)]) functionsByLabel.set(normaliseLabel(label), fn.id);
}

/**
 * A catalog function named by its id or its name in any of the four languages.
 *
 * @example findFunctionByLabel('公关') // 'pr'
 */
export function findFunctionByLabel(label: string): FunctionId | null {
  return functionsByLabel.get(normaliseLabel(label)) ?? null;
}
