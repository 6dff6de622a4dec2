import { type MisconductStatus } from '../../../../shared/cases/misconduct.ts';
import { useApp } from '../../app-context.ts';
import { officialParts } from './official.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useResource } from '../../use-resource.ts';
import type { MisconductView } from '../../api/types.ts';
import { ORGANIZATION_ROUTES } from '../../../../shared/http/routes/organization.ts';
import { Badge } from '../../components/badge.tsx';

/** A misconduct case's stage: under way, or closed. */
export function MisconductStatusBadge(props: { status: MisconductStatus }) {
  const { t } = useI18n();
  const tone = props.status === 'closed' || props.status === 'concluded-no-violation' ? 'off' : 'active';
  return (
    <Badge tone={tone} status={props.status}>
      {t(`misconduct.status.${props.status}`)}
    </Badge>
  );
}

/** Where the official works: the unit copied when the case was opened, else its current name. */
export function officialPlace(official: MisconductView['official'], unitName: (unitId: string) => string): string {
  if (official.kind === 'directory') return official.unitName ?? (official.unitId ? unitName(official.unitId) : '—');
  return officialParts(official).place ?? '—';
}

export function useUnitNames(): (unitId: string) => string {
  const { api } = useApp();
  const units = useResource(() => api.call(ORGANIZATION_ROUTES.listUnits), [api]);
  return (unitId) => (units.state === 'ready' ? units.data.items.find((unit) => unit.unitId === unitId)?.name : undefined) ?? unitId;
}
