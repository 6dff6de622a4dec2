import { useState } from 'preact/hooks';
import { useApp } from '../../app-context.ts';
import type { ApiClient } from '../../api/client.ts';
import { useResource, type Resource } from '../../use-resource.ts';

/** A command as the command panel builds it; the server's schema checks it. */
export type RecordCommand = Record<string, unknown> & { type: string };

/** How to read a record and send it a command: a case's routes, or a misconduct case's. */
export interface RecordAccess<T> {
  read: (api: ApiClient) => Promise<T>;
  command: (api: ApiClient, body: { version: number; command: RecordCommand }) => Promise<T>;
}

/**
 * A case's (or misconduct case's) detail, and how to act on it: `send` posts a command against the version
 * on screen and shows the answer at once, `reload` fetches it again. `data` stays on screen while a reload
 * is under way. `key` names the record (its id), so another record is read when it changes.
 */
export function useRecordDetail<T extends { case: { version: number } }>(access: RecordAccess<T>, key: string) {
  const { api } = useApp();
  const [reloads, setReloads] = useState(0);
  const [fresh, setFresh] = useState<T | null>(null);
  const detail: Resource<T> = useResource(async () => {
    const data = await access.read(api);
    setFresh(null);
    return data;
  }, [api, key, reloads]);
  const data = fresh ?? (detail.state === 'ready' ? detail.data : null);
  const send = async (command: RecordCommand) => {
    if (data) setFresh(await access.command(api, { version: data.case.version, command }));
  };
  const reload = () => setReloads((n) => n + 1);
  return { detail, data, send, reload };
}
