import { useState } from 'preact/hooks';
import { ApiError } from '../../api/errors.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useMutation } from '../../use-mutation.ts';
import { directoryFormErrors, type DirectoryForm } from './errors.ts';

/**
 * The save of a directory form (unit, user, agency, reorganisation), one way for all: nothing sent when
 * nothing changed, one request at a time, the reason for the change, the server's refusal sorted for the
 * form (`errors` by field), and `onStale` when someone changed the record meanwhile, so the next save is
 * made against what is there now. `form` is what `ChangeForm` takes.
 */
export function useDirectorySave(kind: DirectoryForm, onStale: () => void) {
  const { language } = useI18n();
  const { busy, error, run, setError } = useMutation();
  const [noChanges, setNoChanges] = useState(false);
  const [reason, setReason] = useState('');
  const save = async (changed: boolean, write: (reason: string) => Promise<void>) => {
    if (busy) return;
    setError(null);
    setNoChanges(!changed);
    if (!changed) return;
    await run(async () => {
      try {
        await write(reason.trim());
      } catch (failure) {
        if (failure instanceof ApiError && failure.code === 'version-conflict') onStale();
        throw failure;
      }
    });
  };
  /** Saves a record's form: `changes` to the record on screen (nothing sent when there are none), or, when null, a new record. */
  const saveRecord = <C extends object>(changes: C | null, update: (changes: C, reason: string) => Promise<void>, create: (reason: string) => Promise<void>) =>
    save(changes === null || Object.keys(changes).length > 0, (why) => (changes === null ? create(why) : update(changes, why)));
  const refused = directoryFormErrors(error, kind, language);
  return {
    save,
    saveRecord,
    setReason,
    errors: refused?.fields ?? {},
    form: { refused, error, noChanges, reason, onReason: setReason, busy },
  };
}
