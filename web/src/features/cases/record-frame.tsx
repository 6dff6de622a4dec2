import type { ComponentChildren } from 'preact';
import { href } from '../../router.ts';
import type { Resource } from '../../use-resource.ts';
import { ErrorMessage, Loading } from '../../components/error-message.tsx';

/**
 * A record's page around its body: the way back to its list, then the record, or its loading, or its
 * failure with a retry. The record stays on screen while it reloads.
 */
export function RecordFrame<T>(props: { backTo: string; backLabel: string; detail: Resource<unknown>; data: T | null; children: (data: T) => ComponentChildren }) {
  const { detail, data } = props;
  return (
    <>
      <p class="breadcrumb">
        <a href={href(props.backTo)}>← {props.backLabel}</a>
      </p>
      {detail.state === 'loading' && !data && <Loading />}
      {detail.state === 'failed' && <ErrorMessage error={detail.error} onRetry={detail.retry} />}
      {data && props.children(data)}
    </>
  );
}
