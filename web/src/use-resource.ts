import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

export type Resource<T> =
  | { state: 'loading' }
  | { state: 'failed'; error: unknown; retry: () => void }
  | { state: 'ready'; data: T };

/** Runs `load` on mount (and on `retry`), ignoring answers that arrive after the component is gone. */
export function useResource<T>(load: () => Promise<T>, deps: readonly unknown[]): Resource<T> {
  const [attempt, setAttempt] = useState(0);
  const [resource, setResource] = useState<Resource<T>>({ state: 'loading' });
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  useEffect(() => {
    let live = true;
    setResource({ state: 'loading' });
    load().then(
      (data) => live && setResource({ state: 'ready', data }),
      (error: unknown) => live && setResource({ state: 'failed', error, retry }),
    );
    return () => {
      live = false;
    };
    // `load` is a fresh closure on every render: `deps` says when it really changes.
  }, [...deps, attempt]);
  return resource;
}

/** The last data a resource was ready with, kept on screen while it loads again (after a save, say). */
export function useLatest<T>(resource: Resource<T>): T | null {
  const latest = useRef<T | null>(null);
  if (resource.state === 'ready') latest.current = resource.data;
  return latest.current;
}
