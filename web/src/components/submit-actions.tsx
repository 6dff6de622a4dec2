import type { ComponentChildren } from 'preact';

/** A form's submit button, which says the form is working and stays disabled while `busy`; other buttons follow it. */
export function SubmitActions(props: { busy: boolean; disabled?: boolean; label: string; busyLabel: string; children?: ComponentChildren }) {
  return (
    <div class="form-actions">
      <button type="submit" class="button" disabled={props.disabled ?? props.busy}>
        {props.busy ? props.busyLabel : props.label}
      </button>
      {props.children}
    </div>
  );
}
