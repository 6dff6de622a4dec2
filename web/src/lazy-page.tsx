import type { ComponentType } from 'preact';
import { ErrorMessage, Loading } from './components/error-message.tsx';
import { useResource } from './use-resource.ts';

/**
 * A page loaded on first visit, in its own chunk, so the start-up bundle carries only the shell: the
 * calendar editor or the deadline trace costs nothing to a user who never opens them.
 */
export function lazyPage(load: () => Promise<ComponentType>): ComponentType {
  let loaded: ComponentType | null = null;
  return function LazyPage() {
    const page = useResource(async () => (loaded ??= await load()), []);
    const Page = loaded ?? (page.state === 'ready' ? page.data : null);
    if (Page) return <Page />;
    if (page.state === 'failed') return <ErrorMessage error={page.error} onRetry={page.retry} />;
    return <Loading />;
  };
}
