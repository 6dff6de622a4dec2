import { ErrorMessage } from './error-message.tsx';

/**
 * Above a form the server refused. When some fields are wrong (their errors stand beside them), a title
 * and the errors no field owns; otherwise the error itself.
 */
export function FormErrors(props: { title: string; hasFieldErrors: boolean; general: readonly string[]; error: unknown }) {
  if (props.hasFieldErrors) {
    return (
      <div class="notice notice-error" role="alert">
        <p class="notice-title">{props.title}</p>
        {props.general.length > 0 && (
          <ul>
            {props.general.map((message, i) => (
              <li key={i}>{message}</li>
            ))}
          </ul>
        )}
      </div>
    );
  }
  return props.error !== null ? <ErrorMessage error={props.error} /> : null;
}
