import { useWorkspaceNames } from '../../api/queries';

export const EVENT_NAMES_LIST = 'explore-event-names';
export const CHANNEL_GROUPS_LIST = 'explore-channel-groups';

/**
 * The suggestion lists the explorers' name fields share (rendered once per page): the event names
 * and channels this workspace's events carry, most frequent first, then the ones MarketOps knows
 * (the metrics vocabulary, the default channel groups), from `GET /api/workspaces/{ws}/names`.
 * Suggestions only: any name can be typed, and while they load (or if they fail) the fields work.
 */
export function NameLists({ workspaceId }: { workspaceId: string }) {
  const names = useWorkspaceNames(workspaceId);
  return (
    <>
      <datalist id={EVENT_NAMES_LIST} data-testid="event-name-suggestions">
        {(names.data?.events ?? []).map((n) => (
          <option key={n.name} value={n.name} />
        ))}
      </datalist>
      <datalist id={CHANNEL_GROUPS_LIST}>
        {(names.data?.channels ?? []).map((n) => (
          <option key={n.name} value={n.name} />
        ))}
      </datalist>
    </>
  );
}
