import { useState } from 'preact/hooks';
import { ORGANIZATION_ROUTES } from '../../../../shared/http/routes/organization.ts';
import { useApp } from '../../app-context.ts';
import { mayManageDirectory } from '../../nav.ts';
import { useLatest, useResource } from '../../use-resource.ts';
import { directoryNames } from './history.ts';

/**
 * What the units and users pages share: the directory as the viewer may read it (inactive units too for
 * an administrator; the users only when `readsUsers`), kept on screen while it reloads; the form open
 * (`editing`, of the page's own kind) and the message of the last save, which closes the form and reloads.
 */
export function useDirectoryPage<Editing>(readsUsers: boolean) {
  const { api, me } = useApp();
  const admin = mayManageDirectory(me.roles);
  const [reloads, setReloads] = useState(0);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const resource = useResource(async () => {
    const [units, users] = await Promise.all([
      api.call(ORGANIZATION_ROUTES.listUnits, { query: { includeInactive: admin ? 'true' : undefined } }),
      readsUsers ? api.call(ORGANIZATION_ROUTES.listUsers) : Promise.resolve({ items: [] }),
    ]);
    return { units: units.items, users: users.items };
  }, [api, admin, readsUsers, reloads]);
  const data = useLatest(resource);
  const reload = () => setReloads((n) => n + 1);
  return {
    admin,
    resource,
    data,
    reloads,
    reload,
    names: directoryNames(data?.units ?? [], data?.users ?? [], me.agency.name),
    editing,
    saved,
    /** Opens a form, clearing the last message. */
    edit: (what: Editing) => {
      setSaved(null);
      setEditing(what);
    },
    close: () => setEditing(null),
    onSaved: (message: string) => {
      setSaved(message);
      setEditing(null);
      reload();
    },
  };
}
