import { formatDate, weekdayOf } from '../../format.ts';
import type { MessageKey } from '../../i18n/dictionaries.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { groupTrace, type RawStep, type SkipRun, type TraceItem } from './trace.ts';

const KIND_LABELS: Record<string, MessageKey> = {
  rule: 'trace.kind.rule',
  trigger: 'trace.kind.trigger',
  extension: 'trace.kind.extension',
  start: 'trace.kind.start',
  'make-up-day': 'trace.kind.makeUpDay',
  suspension: 'trace.kind.suspension',
  'suspension-not-applied': 'trace.kind.suspension',
  end: 'trace.kind.end',
  roll: 'trace.kind.roll',
  due: 'trace.kind.due',
  warning: 'trace.kind.warning',
};

export const WEEKDAY_KEYS: readonly MessageKey[] = [
  'weekday.0',
  'weekday.1',
  'weekday.2',
  'weekday.3',
  'weekday.4',
  'weekday.5',
  'weekday.6',
];

/** `08/02/2024 – 14/02/2024`, or one date with its weekday. */
function DateRange(props: { from: string; to: string }) {
  const { t } = useI18n();
  if (props.from === props.to) return <>{`${t(WEEKDAY_KEYS[weekdayOf(props.from)]!)} ${formatDate(props.from)}`}</>;
  return <>{`${formatDate(props.from)} – ${formatDate(props.to)}`}</>;
}

function Runs(props: { runs: SkipRun[] }) {
  const { t, language } = useI18n();
  return (
    <ul class="skip-runs">
      {props.runs.map((run) => {
        const name =
          run.reason.kind === 'weekend' ? t('trace.weekend') : language === 'vi' ? run.reason.nameVi : run.reason.nameEn;
        return (
          <li key={run.from} class={run.reason.kind === 'weekend' ? 'skip-run skip-weekend' : 'skip-run skip-day-off'}>
            <span class="skip-run-dates">
              <DateRange from={run.from} to={run.to} />
            </span>
            <span class="skip-run-name">{name}</span>
            <span class="skip-run-count">{t('trace.days', { count: run.days })}</span>
          </li>
        );
      })}
    </ul>
  );
}

function Item(props: { item: TraceItem }) {
  const { t } = useI18n();
  const { item } = props;
  if (item.type === 'skipped') {
    return (
      <li class="trace-step trace-skipped">
        <span class="trace-kind">{t('trace.kind.skipped')}</span>
        <div class="trace-body">
          <p class="trace-text">{t('trace.skippedSummary', { count: item.days })}</p>
          <Runs runs={item.runs} />
          <details class="trace-details">
            <summary>{t('trace.eachDay')}</summary>
            <ul lang="vi">
              {item.steps.map((step, i) => (
                <li key={i}>{step.text}</li>
              ))}
            </ul>
          </details>
        </div>
      </li>
    );
  }
  const step: RawStep = item.step;
  return (
    <li class={`trace-step trace-${step.kind}`}>
      <span class="trace-kind">{t(KIND_LABELS[step.kind] ?? 'trace.kind.other')}</span>
      <div class="trace-body">
        <p class="trace-text" lang="vi">
          {step.text}
        </p>
        {item.type === 'roll' && <Runs runs={item.runs} />}
      </div>
    </li>
  );
}

/** A computed deadline's explanation, step by step, as the calculator and a tracked deadline show it. */
export function TraceView(props: { trace: readonly RawStep[] }) {
  const { t } = useI18n();
  const items = groupTrace(props.trace);
  return (
    <ol class="trace" aria-label={t('trace.title')}>
      {items.map((item, i) => (
        <Item key={i} item={item} />
      ))}
    </ol>
  );
}
