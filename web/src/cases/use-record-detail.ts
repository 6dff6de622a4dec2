import { useState } from 'preact/hooks';
import type * as z from 'zod';
import { useApp } from '../app-context.ts';
import { useResource, type Resource } from '../use-resource.ts';

type Versioned = z.ZodType<{ case: { version: number } }>;

/**
 * A case's (or misconduct case's) detail at `path`, and how to act on it: `send` posts a command against
 * the version on screen and shows the answer at once, `reload` fetches it again. `data` stays on screen
 * while a reload is under way.
 */
export function useRecordDetail<S extends Versioned>(path: string, schema: S) {
  const { api } = useApp();
  const [reloads, setReloads] = useState(0);
  const [fresh, setFresh] = useState<z.output<S> | null>(null);
  const detail: Resource<z.output<S>> = useResource(async () => {
    const data = await api.get(path, schema);
    setFresh(null);
    return data;
  }, [api, path, reloads]);
  const data = fresh ?? (detail.state === 'ready' ? detail.data : null);
  const send = async (command: Record<string, unknown> & { type: string }) => {
    if (data) setFresh(await api.post(`${path}/commands`, { version: data.case.version, command }, schema));
  };
  const reload = () => setReloads((n) => n + 1);
  return { detail, data, send, reload };
}
