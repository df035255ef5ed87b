import { describe, expect, it } from 'vitest';
import { sketchDataset } from './dataset-fixtures';
import { actionsByPerson, indexPeople } from './people';

describe('people', () => {
  it("takes the traits of the person's latest identify call, across their devices", () => {
    const dataset = sketchDataset([
      { type: 'identify', anonymousId: 'dev', userId: 'u', traits: { plan: 'free', city: 'Lima' }, ts: '2026-11-01T00:00:00Z' },
      { type: 'identify', userId: 'u', traits: { plan: 'pro' }, ts: '2026-11-05T00:00:00Z', messageId: 'b' },
      { type: 'identify', userId: 'u', traits: { plan: 'team' }, ts: '2026-11-05T00:00:00Z', messageId: 'a' }, // same instant, smaller messageId
    ]);
    const people = indexPeople(dataset.events);
    expect(people.traitsOf('u')).toEqual({ plan: 'pro' }); // not merged with the earlier call's city
    expect(people.personOf({ userId: null, anonymousId: 'dev' })).toBe('u');
    expect(people.traitsOf('nobody')).toEqual({});
  });

  it('keeps the actions of the period in the zone, by person and in time order', () => {
    const dataset = sketchDataset([
      { event: 'B', anonymousId: 'dev', ts: '2026-11-02T00:00:00Z' },
      { event: 'A', userId: 'u', ts: '2026-11-01T00:00:00Z' },
      { type: 'identify', anonymousId: 'dev', userId: 'u', ts: '2026-11-03T00:00:00Z' },
      { event: 'C', userId: 'u', ts: '2026-11-30T16:00:00Z' }, // 1 Dec in Shanghai
    ]);
    const people = indexPeople(dataset.events);
    const byPerson = actionsByPerson(dataset, people, [], { from: '2026-11-01', to: '2026-11-30', timeZone: 'Asia/Shanghai' });
    expect([...byPerson.keys()]).toEqual(['u']);
    expect(byPerson.get('u')?.map((a) => a.event.event)).toEqual(['A', 'B']); // identify is no action; C is December
  });
});
