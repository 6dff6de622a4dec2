import { useEffect, useState } from 'preact/hooks';

/**
 * Hash routes (`#/units`): the same build then works under any path, on any static host, without a
 * server-side fallback and without deep links breaking the relative asset URLs. A page's inputs may
 * follow the path as a query (`#/deadlines/calculator?ruleId=…`), so a result can be bookmarked.
 */
export function pathFromHash(hash: string): string {
  if (!hash.startsWith('#/')) return '/';
  const path = hash.slice(1).split('?')[0] ?? '/';
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}

/** The query after the path: `#/calendar?year=2026` → `year=2026`. */
export function queryFromHash(hash: string): string {
  if (!hash.startsWith('#/')) return '';
  const at = hash.indexOf('?');
  return at < 0 ? '' : hash.slice(at + 1);
}

/** `href('/calendar', { year: '2026' })` → `#/calendar?year=2026`; empty values are left out. */
export function href(path: string, query?: Record<string, string>): string {
  const params = new URLSearchParams(Object.entries(query ?? {}).filter(([, value]) => value !== ''));
  const search = params.toString();
  return `#${path}${search ? `?${search}` : ''}`;
}

export function navigate(path: string, query?: Record<string, string>): void {
  window.location.hash = href(path, query).slice(1);
}

function useHash<T>(read: (hash: string) => T): T {
  const [value, setValue] = useState(() => read(window.location.hash));
  useEffect(() => {
    const update = () => setValue(read(window.location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return value;
}

export function usePath(): string {
  return useHash(pathFromHash);
}

export function useQuery(): string {
  return useHash(queryFromHash);
}
