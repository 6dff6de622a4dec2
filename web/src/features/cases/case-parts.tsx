import { CASE_TYPE_LABELS, CASE_TYPES, CaseTypeSchema, type CaseStatus, type CaseType } from '../../../../shared/cases/model.ts';
import { WEEKDAY_KEYS } from '../deadlines/trace-view.tsx';
import { formatDate, weekdayOf } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { Badge } from '../../components/badge.tsx';

export function CaseStatusBadge(props: { status: CaseStatus }) {
  const { t } = useI18n();
  const tone = ['closed', 'not-accepted', 'refused', 'transferred'].includes(props.status) ? 'off' : props.status === 'resolved' ? 'success' : 'active';
  return (
    <Badge tone={tone} status={props.status}>
      {t(`case.status.${props.status}`)}
    </Badge>
  );
}

/** Days left to a due instant, in words and colour: "Còn 5 ngày", "Hôm nay là hạn cuối", "Quá hạn 2 ngày". */
export function DueCell(props: { due: string | null }) {
  const { t } = useI18n();
  if (!props.due) return <span class="muted">—</span>;
  return (
    <>
      {formatDate(props.due)} <span class="muted">{t(WEEKDAY_KEYS[weekdayOf(props.due)]!)}</span>
    </>
  );
}

/** The choice of a case's type, by the law's names of the types. */
export function CaseTypeSelect(props: { id: string; value: CaseType; onChange: (type: CaseType) => void }) {
  const { pick } = useI18n();
  return (
    <select id={props.id} value={props.value} onChange={(e) => props.onChange(CaseTypeSchema.parse(e.currentTarget.value))}>
      {CASE_TYPES.map((type) => (
        <option key={type} value={type}>
          {pick(CASE_TYPE_LABELS[type])}
        </option>
      ))}
    </select>
  );
}
