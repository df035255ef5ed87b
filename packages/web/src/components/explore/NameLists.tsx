import { CHANNEL_GROUPS, KNOWN_EVENTS } from './knownNames';

export const EVENT_NAMES_LIST = 'explore-event-names';
export const CHANNEL_GROUPS_LIST = 'explore-channel-groups';

/** The suggestion lists the explorers' name fields share (rendered once per page). */
export function NameLists() {
  return (
    <>
      <datalist id={EVENT_NAMES_LIST}>
        {KNOWN_EVENTS.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <datalist id={CHANNEL_GROUPS_LIST}>
        {CHANNEL_GROUPS.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
    </>
  );
}
