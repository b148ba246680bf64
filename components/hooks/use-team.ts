import { useEffect, useState } from 'react';
import { loadSyncStatus, loadTeamConfig, onSyncStatus, type SyncStatus, type TeamConfig } from '@/lib/sync';
import { type Actor, currentActor, listMembers, onTeamChange } from '@/lib/team';
import type { Member } from '@/lib/model';
import { useLiveQuery } from './use-live-query';

/** The team member at this browser (undefined with no team, or while loading), kept current. */
export function useActor(): { actor: Actor | undefined; loaded: boolean } {
  const [state, setState] = useState<{ actor: Actor | undefined; loaded: boolean }>({ actor: undefined, loaded: false });
  useEffect(() => {
    const controller = new AbortController();
    void currentActor().then(
      (actor) => !controller.signal.aborted && setState({ actor, loaded: true }),
      () => setState({ actor: undefined, loaded: true }),
    );
    onTeamChange((actor) => setState({ actor, loaded: true }), controller.signal);
    return () => controller.abort();
  }, []);
  return state;
}

/** The stored team config (null with none; undefined while loading) and a way to read it again. */
export function useTeamConfig(): { config: TeamConfig | null | undefined; reload: () => void } {
  const [config, setConfig] = useState<TeamConfig | null>();
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    void loadTeamConfig().then(
      (value) => live && setConfig(value),
      () => live && setConfig(null),
    );
    return () => {
      live = false;
    };
  }, [version]);
  return { config, reload: () => setVersion((n) => n + 1) };
}

/** What `useMembers` gives while the members are read: the same array each time, for memos. */
const NO_MEMBERS: readonly Member[] = [];

/** Every team member, kept current. */
export function useMembers(): readonly Member[] {
  return useLiveQuery(listMembers, [], ['members']).data ?? NO_MEMBERS;
}

/** The sync status the background last reported (undefined while loading). */
export function useSyncStatus(): SyncStatus | undefined {
  const [status, setStatus] = useState<SyncStatus>();
  useEffect(() => {
    const controller = new AbortController();
    void loadSyncStatus().then(
      (value) => !controller.signal.aborted && setStatus(value),
      () => undefined,
    );
    onSyncStatus(setStatus, controller.signal);
    return () => controller.abort();
  }, []);
  return status;
}
