import { useRef, useState } from 'preact/hooks';

/**
 * One change a form sends, the same way in every form: `run(action)` sends nothing while the last one is
 * under way (a double click sends once), clears the last failure, and keeps a new one in `error` for the
 * form to show beside its fields; it resolves to what `action` returned, or `undefined` when it failed.
 * `busy` stays true after a success, for forms that move on (the page changes); `done` releases it for
 * forms that stay.
 */
export function useMutation() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const pending = useRef(false);
  const run = async <T>(action: () => Promise<T>, options: { stay?: boolean } = {}): Promise<T | undefined> => {
    if (pending.current) return undefined;
    pending.current = true;
    setBusy(true);
    setError(null);
    try {
      const result = await action();
      if (options.stay !== false) release();
      return result;
    } catch (failure) {
      setError(failure);
      release();
      return undefined;
    }
  };
  const release = () => {
    pending.current = false;
    setBusy(false);
  };
  return { busy, error, run, setError };
}
