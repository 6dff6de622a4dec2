import { useMemo, useState } from 'preact/hooks';
import type { Rule } from '../../../../shared/deadlines/rules.ts';
import { ApiError } from '../../api/errors.ts';
import { useApp } from '../../app-context.ts';
import { DueDate } from './due-date.tsx';
import { ErrorMessage, Loading, ResourceStatus } from '../../components/error-message.tsx';
import { TraceView } from './trace-view.tsx';
import { calculatorQuery, parseCalculatorQuery, previewQuery, type CalculatorInput } from './calculator-query.ts';
import { baseVariants, chosenPeriod, groupRulesByLaw, ruleInForce } from './rule-choice.ts';
import { calendarDateOf, formatDate } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { navigate, useQuery } from '../../router.ts';
import { useResource } from '../../use-resource.ts';
import type { DeadlineResultView } from '../../api/types.ts';
import { DEADLINE_ROUTES } from '../../../../shared/http/routes/deadlines.ts';
import { Badge } from '../../components/badge.tsx';

const PATH = '/deadlines/calculator';

const isRefusal = (error: unknown): boolean => error instanceof ApiError && error.status >= 400 && error.status < 500;

export function DeadlineCalculatorPage() {
  const { api } = useApp();
  const { t } = useI18n();
  const rules = useResource(() => api.call(DEADLINE_ROUTES.listDeadlineRules), [api]);
  const query = useQuery();
  const committed = useMemo(() => parseCalculatorQuery(query), [query]);
  const preview = previewQuery(committed);
  const previewKey = JSON.stringify(preview);
  const result = useResource(() => (preview ? api.call(DEADLINE_ROUTES.previewDeadline, { query: preview }) : Promise.resolve(null)), [api, previewKey]);

  return (
    <>
      <h1>{t('calc.title')}</h1>
      <p class="lead">{t('calc.intro')}</p>
      <ResourceStatus resource={rules} />
      {rules.state === 'ready' && (
        <div class="calculator">
          <CalculatorForm key={query} rules={rules.data.items} initial={committed} />
          <section class="panel result" aria-labelledby="result-title" aria-live="polite">
            <h2 id="result-title">{t('calc.result')}</h2>
            {!preview && <p class="muted">{t('calc.noResult')}</p>}
            {preview && result.state === 'loading' && <Loading />}
            {preview && result.state === 'failed' && (
              // A refused input (unknown variant, too many extensions) will be refused again: offer a retry only for faults.
              <ErrorMessage error={result.error} onRetry={isRefusal(result.error) ? undefined : result.retry} />
            )}
            {result.state === 'ready' && result.data && <Result result={result.data} />}
          </section>
        </div>
      )}
    </>
  );
}

function unitLabel(t: ReturnType<typeof useI18n>['t'], unit: Rule['unit'], count: number): string {
  return t(unit === 'working-days' ? 'calc.period.working' : 'calc.period.calendar', { count });
}

function CalculatorForm(props: { rules: Rule[]; initial: CalculatorInput }) {
  const { t, language } = useI18n();
  const [input, setInput] = useState<CalculatorInput>(props.initial);
  const today = calendarDateOf(new Date());
  const reference = input.date || today;
  const groups = groupRulesByLaw(props.rules, reference);
  const rule = input.ruleId ? ruleInForce(props.rules, input.ruleId, reference) : undefined;
  const resolved = rule ? chosenPeriod(rule, input.variants) : null;
  const limit = resolved?.extensions ?? rule?.extensions;
  const title = (r: Rule) => (language === 'vi' ? r.titleVi : r.titleEn);

  function update(change: Partial<CalculatorInput>) {
    setInput((current) => ({ ...current, ...change }));
  }

  function submit(event: Event) {
    event.preventDefault();
    navigate(PATH, calculatorQuery(input));
  }

  return (
    <form class="panel calc-form" onSubmit={submit} noValidate>
      <div class="field">
        <label for="calc-rule">{t('calc.rule')}</label>
        <select
          id="calc-rule"
          value={input.ruleId}
          onChange={(event) => update({ ruleId: event.currentTarget.value, variants: [], extensions: 0 })}
        >
          <option value="">{t('calc.chooseRule')}</option>
          {groups.map((group) => (
            <optgroup key={group.law} label={group.law}>
              {group.rules.map((r) => (
                <option key={r.id} value={r.id}>
                  {`${title(r)} — ${unitLabel(t, r.unit, r.period)}${r.verified ? '' : ` (${t('calc.unverified')})`}`}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>

      {rule && (
        <div class="rule-card">
          <p class="rule-card-title">
            <strong>{title(rule)}</strong>
            {!rule.verified && <Badge tone="warning">{t('calc.unverified')}</Badge>}
          </p>
          <p>
            {t('calc.ruleSummary', { period: unitLabel(t, rule.unit, rule.period), trigger: language === 'vi' ? rule.trigger.vi : rule.trigger.en })}
          </p>
          <dl class="facts facts-compact">
            <dt>{t('calc.source')}</dt>
            <dd>
              {rule.source.law}, {rule.source.article}
            </dd>
            <dt>{t('calc.version')}</dt>
            <dd>
              {rule.effectiveUntil
                ? t('calc.versionRange', { version: rule.version, from: formatDate(rule.effectiveFrom), until: formatDate(rule.effectiveUntil) })
                : t('calc.versionFrom', { version: rule.version, from: formatDate(rule.effectiveFrom) })}
            </dd>
            <dt>{t('calc.ruleId')}</dt>
            <dd>
              <code>{rule.id}</code>
            </dd>
          </dl>
          {rule.note && (
            <p class="muted" lang="vi">
              {rule.note}
            </p>
          )}
        </div>
      )}

      <div class="field-row">
        <div class="field">
          <label for="calc-date">{t('calc.date')}</label>
          <input id="calc-date" type="date" required value={input.date} onInput={(event) => update({ date: event.currentTarget.value })} />
        </div>
        <div class="field">
          <label for="calc-time">{t('calc.time')}</label>
          <input id="calc-time" type="time" value={input.time} onInput={(event) => update({ time: event.currentTarget.value })} />
        </div>
      </div>
      <p class="hint">{t('calc.timeHint')}</p>

      {rule && baseVariants(rule).length > 0 && (
        <fieldset class="field variants">
          <legend>{t('calc.variants')}</legend>
          {baseVariants(rule).map((name) => {
            const variant = rule.variants[name]!;
            return (
              <label key={name} class="check">
                <input
                  type="checkbox"
                  name="variants"
                  value={name}
                  checked={input.variants.includes(name)}
                  onChange={(event) => {
                    const on = event.currentTarget.checked;
                    update({ variants: on ? [...input.variants, name].sort() : input.variants.filter((v) => v !== name), extensions: 0 });
                  }}
                />
                <span>
                  <span lang="vi">{variant.descriptionVi}</span>{' '}
                  <span class="muted">
                    ({name}: {unitLabel(t, rule.unit, variant.period)})
                  </span>
                </span>
              </label>
            );
          })}
          {resolved && input.variants.length > 0 && (
            <p class="hint">{t('calc.chosenPeriod', { period: unitLabel(t, rule.unit, resolved.period) })}</p>
          )}
        </fieldset>
      )}

      {rule && limit && (limit.maxCount > 0 || input.extensions > 0) && (
        <div class="field">
          <label for="calc-extensions">{t('calc.extensions')}</label>
          <input
            id="calc-extensions"
            type="number"
            min={0}
            max={limit.maxCount}
            step={1}
            value={input.extensions}
            onInput={(event) => update({ extensions: Math.max(0, Math.trunc(Number(event.currentTarget.value) || 0)) })}
          />
          <p class="hint">{t('calc.extensionsHint', { count: limit.maxCount, days: limit.maxDaysEach })}</p>
        </div>
      )}
      {rule && limit && limit.maxCount === 0 && input.extensions === 0 && <p class="hint">{t('calc.noExtensions')}</p>}

      <button type="submit" class="button" disabled={!input.ruleId || !input.date}>
        {t('calc.submit')}
      </button>
    </form>
  );
}

function Result(props: { result: DeadlineResultView }) {
  const { t, language } = useI18n();
  const { result } = props;
  const warnings = result.warnings;
  return (
    <>
      {warnings.length > 0 && (
        <div class="notice notice-warning" role="status">
          <p class="notice-title">{t('calc.warnings')}</p>
          <ul lang="vi">
            {warnings.map((warning, i) => (
              <li key={i}>{warning.text}</li>
            ))}
          </ul>
        </div>
      )}
      {result.due ? (
        <DueDate due={result.due} dueInstant={result.dueInstant} />
      ) : (
        <p class="notice">{t('calc.suspended', { counted: result.countedDays, total: result.totalDays })}</p>
      )}
      <dl class="facts facts-compact">
        <dt>{t('calc.rule')}</dt>
        <dd>
          {language === 'vi' ? result.rule.titleVi : result.rule.titleEn} <span class="muted">({t('calc.versionShort', { version: result.rule.version })})</span>
        </dd>
        <dt>{t('calc.triggerDay')}</dt>
        <dd>{formatDate(result.trigger.localDate)}</dd>
        <dt>{t('calc.counted')}</dt>
        <dd>{t('calc.countedValue', { counted: result.countedDays, total: result.totalDays })}</dd>
      </dl>
      <h3>{t('trace.title')}</h3>
      <TraceView trace={result.trace} />
    </>
  );
}
