import type { ComponentChildren } from 'preact';

/**
 * A form the app submits itself: no page load, and no browser validation, since the server's errors
 * show beside each field in the app's words.
 */
export function AppForm(props: { class?: string; onSubmit: () => Promise<void> | void; children: ComponentChildren }) {
  return (
    <form
      class={props.class}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void props.onSubmit();
      }}
    >
      {props.children}
    </form>
  );
}
