import type { ComponentChildren } from 'preact';

/** A page's title, what it is for, and its main actions (a link or buttons) below. */
export function PageHead(props: { title: string; lead?: string | null; children?: ComponentChildren }) {
  return (
    <>
      <h1>{props.title}</h1>
      {props.lead && <p class="lead">{props.lead}</p>}
      {props.children && <p>{props.children}</p>}
    </>
  );
}
