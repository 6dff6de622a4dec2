import { useRef, useState } from 'preact/hooks';

/**
 * One change a form sends, the same way in every form: `run(action)` sends nothing while the last one is
 * under way (a double click sends once), clears the last failure, and keeps a new one in `error` for the
 * form to show beside its fields; it resolves to what `action` returned, or `undefined` when it failed.
 * With `keepBusy`, `busy` stays true after a success, for forms that move on (the page changes under
 * them) and must not be sent again meanwhile. A page with several actions names the one under way
 * (`run(action, { as: 'docx' })`), which `doing` holds, so only its button says it is working.
 */
export function useMutation<K extends string = string>() {
  const [busy, setBusy] = useState(false);
  const [doing, setDoing] = useState<K | null>(null);
  const [error, setError] = useState<unknown>(null);
  const pending = useRef(false);
  const release = () => {
    pending.current = false;
    setBusy(false);
    setDoing(null);
  };
  const run = async <T>(action: () => Promise<T>, options: { keepBusy?: boolean; as?: K } = {}): Promise<T | undefined> => {
    if (pending.current) return undefined;
    pending.current = true;
    setBusy(true);
    setDoing(options.as ?? null);
    setError(null);
    try {
      const result = await action();
      if (!options.keepBusy) release();
      return result;
    } catch (failure) {
      setError(failure);
      release();
      return undefined;
    }
  };
  return { busy, doing, error, run, setError };
}
