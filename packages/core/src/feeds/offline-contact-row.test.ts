import { describe, it, expect } from 'vitest';
import type { CellInput } from './cells';
import { parseEmail, parsePhone, validateOfflineContactRow, type OfflineContactField } from './offline-contact-row';

/** A row from column texts, each column named as the field itself. */
function row(values: Partial<Record<OfflineContactField, string>>, latestDate?: string) {
  const cells: Partial<Record<OfflineContactField, CellInput>> = {};
  for (const [field, text] of Object.entries(values)) cells[field as OfflineContactField] = { column: field, text };
  return validateOfflineContactRow({ line: 7, cells }, latestDate === undefined ? {} : { latestDate });
}

const good = { date: '2026/4/24', event_name: ' Shanghai Auto Show 2026 ', event_type: '展会', email: ' Li.Wei@Example.CN ' };

describe('validateOfflineContactRow', () => {
  it('normalises a full row', () => {
    expect(
      row({ ...good, user_id: 'crm-42', phone: '+86 (138) 0013-8000', name: '李伟', company: 'Acme', title: 'CTO', city: '上海', country: 'CN', campaign: 'Spring', source: 'Organiser Ltd', id: 'r1' }),
    ).toEqual({
      ok: true,
      value: {
        line: 7,
        date: '2026-04-24',
        eventName: 'Shanghai Auto Show 2026',
        eventType: 'fair',
        userId: 'crm-42',
        email: 'li.wei@example.cn',
        phone: '+8613800138000',
        name: '李伟',
        company: 'Acme',
        title: 'CTO',
        city: '上海',
        country: 'CN',
        campaign: 'Spring',
        source: 'Organiser Ltd',
        id: 'r1',
      },
    });
  });

  it('makes blank optional cells null', () => {
    expect(row({ ...good, name: ' ', city: '', campaign: '' })).toMatchObject({ ok: true, value: { userId: null, phone: null, name: null, city: null, campaign: null, id: null } });
  });

  it('accepts a phone or a user id alone as the identity', () => {
    expect(row({ date: '2026-04-24', event_name: 'X', event_type: 'launch', phone: '03-1234-5678' })).toMatchObject({ ok: true, value: { phone: '0312345678', email: null } });
    expect(row({ date: '2026-04-24', event_name: 'X', event_type: 'launch', user_id: 'u1' })).toMatchObject({ ok: true, value: { userId: 'u1' } });
  });

  it('refuses a row naming nobody, naming the three columns', () => {
    const result = row({ date: '2026-04-24', event_name: 'X', event_type: 'fair', email: ' ', name: 'Anon' });
    expect(result).toEqual({ ok: false, problems: [{ line: 7, field: 'user_id', reason: expect.stringContaining('user_id, email, phone') }] });
  });

  it('reports a bad email without also reporting a missing identity', () => {
    expect(row({ ...good, email: 'li.wei at example' })).toEqual({
      ok: false,
      problems: [{ line: 7, field: 'email', column: 'email', reason: '"li.wei at example" is not an email address' }],
    });
  });

  it('reports every problem of the row: date, required columns, event type, phone', () => {
    const result = row({ date: '45356', event_name: '', event_type: 'picnic', phone: 'call me', user_id: 'u' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.field, p.reason])).toEqual([
      ['date', expect.stringContaining('Excel serial number')],
      ['event_name', 'is required'],
      ['event_type', expect.stringMatching(/"picnic" is not an offline event type \(one of fair, exhibition/)],
      ['phone', expect.stringContaining('is not a phone number')],
    ]);
  });

  it('refuses dates the event store cannot keep: before 2000 or in the future', () => {
    expect(row({ ...good, date: '1999-12-31' })).toMatchObject({ ok: false, problems: [{ field: 'date', reason: expect.stringContaining('before 2000-01-01') }] });
    expect(row({ ...good, date: '2026-04-25' }, '2026-04-24')).toMatchObject({ ok: false, problems: [{ field: 'date', reason: expect.stringContaining('in the future') }] });
    expect(row({ ...good, date: '2026-04-24' }, '2026-04-24').ok).toBe(true);
    expect(row({ ...good, date: '2026-02-30' })).toMatchObject({ ok: false, problems: [{ field: 'date' }] });
  });

  it('reads event types in four languages', () => {
    const types = ['展示会', 'Feria', '发布会', '発表会', 'lanzamiento', '新闻发布会', '記者会見', 'Rueda de prensa', 'Press Conference', 'exposición', 'conferencia', 'meetup', 'その他'];
    expect(types.map((t) => { const r = row({ ...good, event_type: t }); return r.ok ? r.value.eventType : null; })).toEqual([
      'fair', 'fair', 'launch', 'launch', 'launch', 'press', 'press', 'press', 'press', 'exhibition', 'conference', 'meetup', 'other',
    ]);
  });
});

describe('parseEmail and parsePhone', () => {
  it('lower-cases emails and refuses malformed ones', () => {
    expect(parseEmail('ＬＩ@example.com')).toEqual({ ok: true, value: 'li@example.com' });
    for (const bad of ['li@', '@example.com', 'li@example', 'li wei@example.com', 'a@b@c.com']) expect(parseEmail(bad).ok).toBe(false);
  });

  it('keeps digits and a leading +, and refuses letters, a + elsewhere and wrong lengths', () => {
    expect(parsePhone('＋８１ ９０.１２３４.５６７８')).toEqual({ ok: true, value: '+819012345678' });
    expect(parsePhone('(555) 123-4567')).toEqual({ ok: true, value: '5551234567' });
    for (const bad of ['555-CALL-NOW', '86+13800138000', '1234', '+1234567890123456']) expect(parsePhone(bad).ok).toBe(false);
  });
});
