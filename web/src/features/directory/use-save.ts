import { useState } from 'preact/hooks';
import { ApiError } from '../../api/errors.ts';
import { useMutation } from '../../use-mutation.ts';

/**
 * The save of a directory form (unit, user, agency), one way for all: nothing sent when nothing
 * changed, one request at a time, the server's refusal kept for the form to show, and `onStale` when
 * someone changed the record meanwhile, so the next save is made against what is there now.
 */
export function useDirectorySave(onStale: () => void) {
  const { busy, error, run, setError } = useMutation();
  const [noChanges, setNoChanges] = useState(false);
  const save = async (changed: boolean, write: () => Promise<void>) => {
    if (busy) return;
    setError(null);
    setNoChanges(!changed);
    if (!changed) return;
    await run(async () => {
      try {
        await write();
      } catch (failure) {
        if (failure instanceof ApiError && failure.code === 'version-conflict') onStale();
        throw failure;
      }
    });
  };
  return { busy, error, noChanges, save };
}
