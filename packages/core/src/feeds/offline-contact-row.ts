import { parseCalendarDate } from './calendar-date';
import { RowProblems, type CellInput } from './cells';
import type { RowResult } from './model';
import type { Parsed } from './numbers';
import { OFFLINE_EVENT_TYPES, parseOfflineEventType, type OfflineEventType } from './offline-event-types';

/** The columns of an offline-contacts file, by their canonical names (docs/feeds.md lists the aliases). */
export const OFFLINE_CONTACT_FIELDS = [
  'date',
  'event_name',
  'event_type',
  'user_id',
  'email',
  'phone',
  'name',
  'company',
  'title',
  'city',
  'country',
  'campaign',
  'source',
  'id',
] as const;
/** A column of an offline-contacts file, by its canonical name. */
export type OfflineContactField = (typeof OFFLINE_CONTACT_FIELDS)[number];

/** Columns an offline-contacts file must have. */
export const REQUIRED_OFFLINE_CONTACT_FIELDS: readonly OfflineContactField[] = ['date', 'event_name', 'event_type'];
/** A row must name its person by at least one of these. */
export const OFFLINE_IDENTITY_FIELDS: readonly OfflineContactField[] = ['user_id', 'email', 'phone'];

/** One row of an offline-contacts file, its cells picked by canonical column. */
export interface OfflineContactRowInput {
  /** 1-based line where the row starts in the file. */
  readonly line: number;
  readonly cells: Readonly<Partial<Record<OfflineContactField, CellInput>>>;
}

/** What a row is checked against besides itself. */
export interface OfflineContactRowOptions {
  /**
   * The latest event day accepted, `YYYY-MM-DD` (a later day is in the future: the event store
   * would move it to the import's time, so it is refused here). Unset: no limit.
   */
  readonly latestDate?: string;
}

/** A valid offline-contacts row: one attendee of one offline event. */
export interface OfflineContactDraft {
  readonly line: number;
  readonly date: string;
  readonly eventName: string;
  readonly eventType: OfflineEventType;
  readonly userId: string | null;
  /** Lower-cased. */
  readonly email: string | null;
  /** Digits only, with a leading `+` when the file wrote one. */
  readonly phone: string | null;
  readonly name: string | null;
  readonly company: string | null;
  readonly title: string | null;
  readonly city: string | null;
  readonly country: string | null;
  readonly campaign: string | null;
  readonly source: string | null;
  /** The file's own id for the row, when it has an `id` column. */
  readonly id: string | null;
}

const MAX_TEXT = 200;
/** Ids become Segment userIds, at most 255 characters. */
const MAX_USER_ID = 255;
/** `email:` + the address must fit in a 255-character userId. */
const MAX_EMAIL = 249;
/** The event store refuses events before 2000 (ingestion's EARLIEST_EVENT_TIME). */
const EARLIEST_DATE = '2000-01-01';

/**
 * Validates and normalises one row of an offline-contacts file, reporting every problem of the
 * row at once. The row needs a user_id, an email or a phone (else a problem on `user_id`
 * naming the three columns); emails are lower-cased, phones reduced to digits (a leading `+` kept).
 *
 * @example
 * validateOfflineContactRow({ line: 2, cells: { date: { column: '日期', text: '2026/4/24' }, ... } })
 * // { ok: true, value: { line: 2, date: '2026-04-24', eventType: 'fair', email: 'li@example.cn', ... } }
 */
export function validateOfflineContactRow(input: OfflineContactRowInput, options: OfflineContactRowOptions = {}): RowResult<OfflineContactDraft> {
  const { cells } = input;
  const problems = new RowProblems(input.line);
  const date = problems.take('date', cells.date, eventDay(cells.date?.text ?? '', options.latestDate));
  const eventName = problems.requiredText('event_name', cells.event_name, MAX_TEXT);
  const typeText = problems.requiredText('event_type', cells.event_type, MAX_TEXT);
  const eventType = typeText === undefined ? undefined : parseOfflineEventType(typeText);
  if (typeText !== undefined && eventType === null) {
    problems.add('event_type', cells.event_type, `"${typeText}" is not an offline event type (one of ${OFFLINE_EVENT_TYPES.join(', ')})`);
  }
  const userId = problems.optionalText('user_id', cells.user_id, MAX_USER_ID);
  const emailText = problems.optionalText('email', cells.email, MAX_EMAIL);
  const email = emailText === null ? null : problems.take('email', cells.email, parseEmail(emailText)) ?? null;
  const phoneText = problems.optionalText('phone', cells.phone, MAX_TEXT);
  const phone = phoneText === null ? null : problems.take('phone', cells.phone, parsePhone(phoneText)) ?? null;
  const identityProblem = problems.list.some((p) => OFFLINE_IDENTITY_FIELDS.includes(p.field as OfflineContactField));
  if (userId === null && email === null && phone === null && !identityProblem) {
    problems.add('user_id', cells.user_id, 'the row names nobody: fill at least one of user_id, email, phone');
  }
  const text = (field: OfflineContactField) => problems.optionalText(field, cells[field], MAX_TEXT);
  const [name, company, title, city, country, campaign, source, id] = (['name', 'company', 'title', 'city', 'country', 'campaign', 'source', 'id'] as const).map(text);

  if (problems.list.length > 0) return { ok: false, problems: problems.list };
  return {
    ok: true,
    value: {
      line: input.line,
      // Why the assertions: no problem was recorded, so every required value was parsed.
      date: date!,
      eventName: eventName!,
      eventType: eventType!,
      userId,
      email,
      phone,
      name: name ?? null,
      company: company ?? null,
      title: title ?? null,
      city: city ?? null,
      country: country ?? null,
      campaign: campaign ?? null,
      source: source ?? null,
      id: id ?? null,
    },
  };
}

function eventDay(text: string, latestDate: string | undefined): Parsed<string> {
  const parsed = parseCalendarDate(text);
  if (!parsed.ok) return parsed;
  if (parsed.value < EARLIEST_DATE) return { ok: false, reason: `${parsed.value} is before ${EARLIEST_DATE}: the event store keeps no earlier events` };
  if (latestDate !== undefined && parsed.value > latestDate) return { ok: false, reason: `${parsed.value} is in the future: import attendees after the event` };
  return parsed;
}

const EMAIL = /^[^\s@<>(),;:"[\]]+@[^\s@<>(),;:"[\]]+\.[^\s@<>(),;:"[\].]+$/;

/**
 * An email address, trimmed and lower-cased (so `Li@Example.CN` and `li@example.cn` are one
 * person). Only the shape is checked: one `@`, a dot in the domain, no spaces or separators.
 *
 * @example parseEmail(' Li.Wei@Example.CN ') // { ok: true, value: 'li.wei@example.cn' }
 */
export function parseEmail(text: string): Parsed<string> {
  const email = text.normalize('NFKC').trim().toLowerCase();
  if (!EMAIL.test(email)) return { ok: false, reason: `"${text.trim()}" is not an email address` };
  return { ok: true, value: email };
}

/**
 * A phone number reduced to its digits, a leading `+` kept: spaces, dashes, dots and
 * parentheses dropped, full-width digits read. 5 to 15 digits (E.164's maximum); letters,
 * extensions and a `+` elsewhere are refused.
 *
 * @example parsePhone('+86 (138) 0013-8000') // { ok: true, value: '+8613800138000' }
 * @example parsePhone('03-1234-5678') // { ok: true, value: '0312345678' }
 */
export function parsePhone(text: string): Parsed<string> {
  const trimmed = text.normalize('NFKC').trim();
  const plus = trimmed.startsWith('+');
  const rest = (plus ? trimmed.slice(1) : trimmed).replace(/[\s\-.()/]/g, '');
  if (!/^\d+$/.test(rest)) return { ok: false, reason: `"${text.trim()}" is not a phone number (digits, spaces, dashes, dots, parentheses and a leading + only)` };
  if (rest.length < 5 || rest.length > 15) return { ok: false, reason: `"${text.trim()}" has ${rest.length} digits (a phone number has 5 to 15)` };
  return { ok: true, value: `${plus ? '+' : ''}${rest}` };
}
