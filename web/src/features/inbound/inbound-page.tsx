import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { useApp } from '../../app-context.ts';
import { ErrorMessage, Loading } from '../../components/error-message.tsx';
import { RegistrationNotices } from '../cases/registration-notices.tsx';
import { TrackingCode } from '../cases/tracking-code.tsx';
import { formatDateTime } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { actionsFor, failedVerdicts, HELD_VIEWS, heldViewOf, inView, isVirusFlagged, statusOfView, TRIAGE_REASON, verdictNames, type HeldAction, type HeldView } from './held-mail.ts';
import { formatSize } from '../reporting/attachments.ts';
import { obligationPaths } from '../reporting/routes.ts';
import { href, useQuery } from '../../router.ts';
import { useResource } from '../../use-resource.ts';
import { type Outcome, AssignForm, DiscardForm, RegisterForm } from './held-forms.tsx';
import type { HeldMessageView } from '../../api/types.ts';
import { INBOUND_ROUTES } from '../../../../shared/http/routes/inbound.ts';
import { ORGANIZATION_ROUTES } from '../../../../shared/http/routes/organization.ts';
import { Badge } from '../../components/badge.tsx';

/**
 * `#/inbound`: the holding area of inbound e-mail. The office files a report that arrived unmatched,
 * registers a citizen's letter sent to the cases address as a case, or sets a message aside with a reason.
 * `?view=triage|assigned|discarded` picks the tab; the held mail is the default.
 */
export function InboundPage() {
  const { api } = useApp();
  const { t } = useI18n();
  const view = heldViewOf(useQuery());
  const [reload, setReload] = useState(0);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const list = useResource(() => api.call(INBOUND_ROUTES.listHeldMail, { query: { status: statusOfView(view) } }), [api, view, reload]);
  const units = useResource(() => api.call(ORGANIZATION_ROUTES.listUnits), [api]);
  const users = useResource(() => api.call(ORGANIZATION_ROUTES.listUsers), [api]);
  const userName = (userId: string) => (users.state === 'ready' ? (users.data.items.find((user) => user.userId === userId)?.fullName ?? userId) : userId);
  const unitName = (unitId: string | undefined) =>
    unitId === undefined || units.state !== 'ready' ? undefined : (units.data.items.find((unit) => unit.unitId === unitId)?.name ?? unitId);

  const done = (next: Outcome) => {
    setOutcome(next);
    setReload((n) => n + 1);
    window.scrollTo({ top: 0 });
  };

  return (
    <>
      <h1>{t('inbound.title')}</h1>
      <p class="lead">{t('inbound.intro')}</p>
      {outcome && <OutcomePanel outcome={outcome} onClose={() => setOutcome(null)} />}
      <nav class="year-tabs" aria-label={t('inbound.views')}>
        <ul>
          {HELD_VIEWS.map((v) => (
            <li key={v}>
              <a href={href('/inbound', v === 'held' ? {} : { view: v })} aria-current={v === view ? 'page' : undefined} data-view={v}>
                <span class="year-tab-year">{t(`inbound.view.${v}`)}</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <section class="panel year" aria-live="polite">
        <p class="hint-block">{t(`inbound.viewHint.${view}`)}</p>
        {list.state === 'loading' && <Loading />}
        {list.state === 'failed' && <ErrorMessage error={list.error} onRetry={list.retry} />}
        {list.state === 'ready' && <HeldList view={view} items={list.data.items.filter((m) => inView(m, view))} unitName={unitName} userName={userName} onDone={done} />}
      </section>
    </>
  );
}

function HeldList(props: {
  view: HeldView;
  items: HeldMessageView[];
  unitName: (unitId: string | undefined) => string | undefined;
  userName: (userId: string) => string;
  onDone: (outcome: Outcome) => void;
}) {
  const { t } = useI18n();
  if (props.items.length === 0) {
    return (
      <div class="empty-state">
        <p class="empty-state-title">{t(`inbound.empty.${props.view}`)}</p>
      </div>
    );
  }
  return (
    <>
      <p class="muted" data-testid="held-count">
        {t('inbound.count', { count: props.items.length })}
      </p>
      <div class="held-list" style={{ display: 'grid', gap: '1rem' }}>
        {props.items.map((message) => (
          <HeldCard key={message.heldId} message={message} unitName={props.unitName(message.unitId)} userName={props.userName} onDone={props.onDone} />
        ))}
      </div>
    </>
  );
}

function Fact(props: { label: string; children: ComponentChildren }) {
  return (
    <>
      <dt>{props.label}</dt>
      <dd>{props.children}</dd>
    </>
  );
}

function HeldCard(props: { message: HeldMessageView; unitName: string | undefined; userName: (userId: string) => string; onDone: (outcome: Outcome) => void }) {
  const { me } = useApp();
  const { t, language } = useI18n();
  const { message } = props;
  const [open, setOpen] = useState<HeldAction | null>(null);
  const actions = actionsFor(message, me.roles);
  const failed = failedVerdicts(message.verdicts);
  const triage = message.reason === TRIAGE_REASON;
  const reason = language === 'vi' ? message.reasonVi : message.reasonEn;

  return (
    <article class="panel held-message" data-held-id={message.heldId} data-reason={message.reason} aria-labelledby={`held-${message.heldId}`}>
      <div class="case-heading">
        <h2 id={`held-${message.heldId}`} style={{ margin: 0 }}>
          {message.subject.trim() || t('inbound.noSubject')}
        </h2>
        {triage && <Badge tone="success">{t('inbound.triageBadge')}</Badge>}
        {isVirusFlagged(message) && <Badge tone="warning">⚠ {t('inbound.virus')}</Badge>}
      </div>
      <dl class="facts facts-compact">
        <Fact label={t('inbound.receivedAt')}>{formatDateTime(message.receivedAt)}</Fact>
        <Fact label={t('inbound.from')}>
          {message.from}
          {props.unitName && <span class="muted"> — {t('inbound.senderUnit', { unit: props.unitName })}</span>}
        </Fact>
        <Fact label={t('inbound.to')}>{message.to.join(', ')}</Fact>
        <Fact label={t('inbound.reason')}>
          {reason} <span class="muted">({message.reason})</span>
        </Fact>
        {message.detail && <Fact label={t('inbound.detail')}>{message.detail}</Fact>}
        <Fact label={t('inbound.verdicts')}>
          <span data-testid="verdicts">
            {verdictNames().map((name) => {
              const ok = message.verdicts[name] === 'PASS';
              return (
                <span key={name} class="verdict" data-verdict={name} data-failed={ok ? undefined : 'true'} title={message.verdicts[name]}>
                  <Badge tone={ok ? 'success' : 'warning'} symbol={ok ? '✓' : '✗'}>
                    {t(`inbound.verdict.${name}`)}
                    {!ok && ` (${message.verdicts[name]})`}
                  </Badge>
                </span>
              );
            })}
          </span>
          {failed.length > 0 && <span class="cell-note">{t('inbound.verdictsFailed', { count: failed.length })}</span>}
        </Fact>
        <Fact label={t('inbound.attachments')}>
          {message.attachments.length === 0 ? (
            <span class="muted">{t('inbound.noAttachments')}</span>
          ) : (
            <ul style={{ margin: 0, paddingLeft: '1.1rem' }}>
              {message.attachments.map((attachment, i) => (
                <li key={i}>
                  {attachment.filename} <span class="muted">({attachment.contentType}, {formatSize(attachment.size, language)})</span>
                </li>
              ))}
            </ul>
          )}
        </Fact>
        <Fact label={t('inbound.senderNotified')}>{message.senderNotified ? t('inbound.notifiedYes') : t('inbound.notifiedNo')}</Fact>
        {message.resolution && <Resolution message={message} userName={props.userName} />}
      </dl>

      {actions.length > 0 && open === null && (
        <div class="form-actions">
          {actions.includes('assign') && (
            <button type="button" class="button" onClick={() => setOpen('assign')}>
              {t('inbound.assign')}
            </button>
          )}
          {actions.includes('register') && (
            <button type="button" class="button" onClick={() => setOpen('register')}>
              {t('inbound.register')}
            </button>
          )}
          {actions.includes('discard') && (
            <button type="button" class="button button-secondary" onClick={() => setOpen('discard')}>
              {t('inbound.discard')}
            </button>
          )}
        </div>
      )}
      {message.status === 'held' && !isVirusFlagged(message) && actions.length === 1 && <p class="muted">{t('inbound.officeOnly')}</p>}
      {isVirusFlagged(message) && message.status === 'held' && <p class="muted">{t('inbound.virusOnlyDiscard')}</p>}
      {open === 'assign' && <AssignForm message={message} onCancel={() => setOpen(null)} onDone={props.onDone} />}
      {open === 'discard' && <DiscardForm message={message} onCancel={() => setOpen(null)} onDone={props.onDone} />}
      {open === 'register' && <RegisterForm message={message} onCancel={() => setOpen(null)} onDone={props.onDone} />}
    </article>
  );
}

function Resolution(props: { message: HeldMessageView; userName: (userId: string) => string }) {
  const { t } = useI18n();
  const resolution = props.message.resolution;
  if (!resolution) return null;
  return (
    <>
      <Fact label={resolution.action === 'assigned' ? t('inbound.assignedBy') : t('inbound.discardedBy')}>
        {t('inbound.byAt', { by: props.userName(resolution.by), at: formatDateTime(resolution.at) })}
      </Fact>
      {resolution.caseId && (
        <Fact label={t('inbound.registeredCase')}>
          <a href={href(`/cases/${encodeURIComponent(resolution.caseId)}`)}>{resolution.caseId}</a>
        </Fact>
      )}
      {resolution.obligationId && (
        <Fact label={t('inbound.filedInto')}>
          <a href={href(obligationPaths.detail(resolution.obligationId))}>{resolution.obligationId}</a>
          {resolution.version !== undefined && (
            <>
              {' · '}
              <a href={href(obligationPaths.receipt(resolution.obligationId, resolution.version))}>
                {t('inbound.versionReceipt', { version: resolution.version, receipt: resolution.receiptNumber ?? '—' })}
              </a>
            </>
          )}
        </Fact>
      )}
      {resolution.reason && <Fact label={t('inbound.discardReason')}>{resolution.reason}</Fact>}
    </>
  );
}

function OutcomePanel(props: { outcome: Outcome; onClose: () => void }) {
  const { t } = useI18n();
  const { outcome } = props;
  const close = (
    <div class="form-actions">
      <button type="button" class="button button-secondary" onClick={props.onClose}>
        {t('inbound.closeOutcome')}
      </button>
    </div>
  );
  if (outcome.kind === 'discarded') {
    return (
      <div class="notice notice-ok" role="status">
        <p class="notice-title">{t('inbound.discarded', { subject: outcome.held.subject || t('inbound.noSubject') })}</p>
        <p>
          <a href={href('/inbound', { view: 'discarded' })}>{t('inbound.seeDiscarded')}</a>
        </p>
        {close}
      </div>
    );
  }
  if (outcome.kind === 'assigned') {
    const { submission, held } = outcome.result;
    return (
      <div class="notice notice-ok notice-prominent" role="status" data-testid="assign-outcome">
        <p class="notice-title">{t('inbound.assigned', { subject: held.subject || t('inbound.noSubject'), obligation: outcome.obligationTitle })}</p>
        <p>
          {t('inbound.assignedVersion', { version: submission.version, receipt: submission.receiptNumber })}{' '}
          <a href={href(obligationPaths.receipt(submission.obligationId, submission.version))}>{t('inbound.openReceipt')}</a>
        </p>
        {close}
      </div>
    );
  }
  const { result } = outcome;
  return (
    <section class="panel" data-testid="register-outcome" style={{ marginBottom: '1rem' }}>
      <p class="notice notice-ok" role="status">
        {t('inbound.registered', { id: result.case.id })}
      </p>
      <RegistrationNotices result={result} />
      <TrackingCode code={result.trackingCode} note={t('inbound.trackingNote')} />
      <div class="form-actions">
        <a class="button" href={href(`/cases/${encodeURIComponent(result.case.id)}`)}>
          {t('inbound.openCase')}
        </a>
        <button type="button" class="button button-secondary" onClick={props.onClose}>
          {t('inbound.closeOutcome')}
        </button>
      </div>
    </section>
  );
}
