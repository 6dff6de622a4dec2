import { useState } from 'preact/hooks';
import type { Role } from '../../../shared/organization/model.ts';
import type { ApiClient } from '../api/client.ts';
import { type AppConfig, type CognitoConfig } from '../api/schemas.ts';
import { startSignIn } from '../auth/cognito.ts';
import type { Session } from '../auth/session.ts';
import { ErrorMessage, ResourceStatus } from '../components/error-message.tsx';
import type { MessageKey } from '../i18n/dictionaries.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useResource } from '../use-resource.ts';
import type { DevUser } from '../api/types.ts';
import { DEV_ROUTES } from '../../../shared/http/dev-routes.ts';
import { useMutation } from '../use-mutation.ts';

const ROLE_ORDER: readonly Role[] = ['reporter', 'office', 'leader', 'inspector', 'admin'];

export interface SignInProps {
  config: AppConfig;
  api: ApiClient;
  /** Why the user is here again (expired session, refused callback), if not simply signed out. */
  notice?: MessageKey | undefined;
  error?: unknown;
  onSignedIn: (session: Session) => void;
}

export function SignInPage(props: SignInProps) {
  const { t } = useI18n();
  return (
    <section class="sign-in panel" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{t('signIn.title')}</h1>
      {props.notice && (
        <p class="notice" role="status">
          {t(props.notice)}
        </p>
      )}
      {props.error !== undefined && <ErrorMessage error={props.error} fallback="signIn.failed" />}
      {props.config.auth.mode === 'dev' ? (
        <DevSignIn api={props.api} onSignedIn={props.onSignedIn} />
      ) : (
        <CognitoSignIn config={props.config.auth} />
      )}
    </section>
  );
}

/** Users under their first role, ordered by unit then name, so a tester finds "a reporter of unit X" quickly. */
function groupByRole(users: readonly DevUser[]): Array<{ role: Role; users: DevUser[] }> {
  const byUnitThenName = (a: DevUser, b: DevUser) =>
    (a.unitName ?? '').localeCompare(b.unitName ?? '', 'vi') || a.fullName.localeCompare(b.fullName, 'vi');
  return ROLE_ORDER.map((role) => ({ role, users: users.filter((user) => user.roles[0] === role).sort(byUnitThenName) })).filter(
    (group) => group.users.length > 0,
  );
}

function DevSignIn(props: { api: ApiClient; onSignedIn: (session: Session) => void }) {
  const { t } = useI18n();
  const users = useResource(() => props.api.call(DEV_ROUTES.listDevUsers), [props.api]);
  const [selected, setSelected] = useState<string | null>(null);
  const { busy, error, run, setError } = useMutation();
  const [missing, setMissing] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    setMissing(!selected);
    setError(null);
    if (!selected) return;
    await run(async () => props.onSignedIn(await props.api.call(DEV_ROUTES.devSignIn, { body: { userId: selected } })), { keepBusy: true });
  }

  if (users.state !== 'ready') return <ResourceStatus resource={users} />;
  if (users.data.items.length === 0) return <p>{t('signIn.noUsers')}</p>;

  return (
    <form onSubmit={submit} noValidate>
      <p>{t('signIn.devIntro')}</p>
      <p class="muted">{t('signIn.devNotice')}</p>
      {groupByRole(users.data.items).map((group) => (
        <fieldset key={group.role} class="user-group">
          <legend>{t(`role.${group.role}`)}</legend>
          {group.users.map((user) => (
            <label key={user.userId} class="user-option">
              <input
                type="radio"
                name="userId"
                value={user.userId}
                checked={selected === user.userId}
                onChange={() => setSelected(user.userId)}
              />
              <span class="user-option-text">
                <span class="user-option-name">{user.fullName}</span>
                <span class="user-option-meta">
                  {[user.title, user.unitName ?? t('signIn.noUnit')].filter(Boolean).join(' · ')}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
      ))}
      {missing && (
        <p class="notice notice-error" role="alert">
          {t('signIn.chooseUser')}
        </p>
      )}
      {error !== null && <ErrorMessage error={error} fallback="signIn.failed" />}
      <button type="submit" class="button" disabled={busy}>
        {busy ? t('signIn.submitting') : t('signIn.submit')}
      </button>
    </form>
  );
}

function CognitoSignIn(props: { config: CognitoConfig }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  return (
    <>
      <p>{t('signIn.cognitoIntro')}</p>
      <button
        type="button"
        class="button"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          window.location.assign(await startSignIn(props.config));
        }}
      >
        {t('signIn.cognitoButton')}
      </button>
    </>
  );
}
