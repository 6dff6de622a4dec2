import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

export type Resource<T> =
  | { state: 'loading' }
  | { state: 'failed'; error: unknown; retry: () => void }
  | { state: 'ready'; data: T };

const LOADING: Resource<never> = { state: 'loading' };

function sameDeps(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, i) => Object.is(value, b[i]));
}

/**
 * Runs `load` on mount, whenever `deps` change and on `retry`, ignoring answers that arrive after the
 * component is gone or the deps have moved on. An answer is shown only for the deps it was loaded with:
 * the render in which the deps change already says "loading", never the previous deps' data.
 */
export function useResource<T>(load: () => Promise<T>, deps: readonly unknown[]): Resource<T> {
  const [attempt, setAttempt] = useState(0);
  const current = [...deps, attempt];
  const [answer, setAnswer] = useState<{ deps: readonly unknown[]; resource: Resource<T> }>({ deps: current, resource: LOADING });
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  useEffect(() => {
    let live = true;
    const loadedFor = current;
    setAnswer({ deps: loadedFor, resource: LOADING });
    load().then(
      (data) => live && setAnswer({ deps: loadedFor, resource: { state: 'ready', data } }),
      (error: unknown) => live && setAnswer({ deps: loadedFor, resource: { state: 'failed', error, retry } }),
    );
    return () => {
      live = false;
    };
    // `load` is a fresh closure on every render: `deps` says when it really changes.
  }, current);
  return sameDeps(answer.deps, current) ? answer.resource : LOADING;
}

/** The last data a resource was ready with, kept on screen while it loads again (after a save, say). */
export function useLatest<T>(resource: Resource<T>): T | null {
  const latest = useRef<T | null>(null);
  if (resource.state === 'ready') latest.current = resource.data;
  return latest.current;
}
