import { useApp } from '../app-context.ts';
import { mayListUsers } from '../nav.ts';
import { useResource } from '../use-resource.ts';
import type { UserView } from '../api/types.ts';
import { ORGANIZATION_ROUTES } from '../../../shared/http/routes/organization.ts';

/**
 * The agency's users, to show names instead of ids in timelines and the alert log, when the viewer may
 * list them; otherwise (and while loading, or if the list fails) only the viewer, so they can still pick
 * themselves as handler or inspector and read their own name; other people show as ids.
 */
export function useUsers(): readonly UserView[] {
  const { api, me } = useApp();
  const allowed = mayListUsers(me.roles);
  const users = useResource(async () => (allowed ? (await api.call(ORGANIZATION_ROUTES.listUsers)).items : [me.user]), [api, allowed]);
  return users.state === 'ready' ? users.data : [me.user];
}

/** `nameOf(users, 'u-chanh-van-phong')` → `Lê Thị Thu Hà`, or the id itself when unknown. */
export function nameOf(users: readonly Pick<UserView, 'userId' | 'fullName'>[], userId: string): string {
  return users.find((user) => user.userId === userId)?.fullName ?? userId;
}
