/** The views under `#/obligations`. */
export type ObligationRoute =
  | { view: 'list' }
  | { view: 'detail'; obligationId: string }
  | { view: 'version'; obligationId: string; version: number }
  | { view: 'receipt'; obligationId: string; version: number }
  | { view: 'unknown' };

const BASE = '/obligations';

/** `/obligations/ob-1/receipt/2` → `{ view: 'receipt', obligationId: 'ob-1', version: 2 }`. */
export function parseObligationPath(path: string): ObligationRoute {
  if (path === BASE) return { view: 'list' };
  if (!path.startsWith(`${BASE}/`)) return { view: 'unknown' };
  const parts = path.slice(BASE.length + 1).split('/');
  const [rawId, sub, rawVersion] = parts;
  if (!rawId) return { view: 'unknown' };
  let obligationId: string;
  try {
    obligationId = decodeURIComponent(rawId);
  } catch {
    return { view: 'unknown' };
  }
  if (parts.length === 1) return { view: 'detail', obligationId };
  const version = Number(rawVersion);
  if (parts.length === 3 && Number.isInteger(version) && version >= 1 && /^\d+$/.test(rawVersion ?? '')) {
    if (sub === 'receipt') return { view: 'receipt', obligationId, version };
    if (sub === 'versions') return { view: 'version', obligationId, version };
  }
  return { view: 'unknown' };
}

export const obligationPaths = {
  list: () => BASE,
  detail: (obligationId: string) => `${BASE}/${encodeURIComponent(obligationId)}`,
  version: (obligationId: string, version: number) => `${BASE}/${encodeURIComponent(obligationId)}/versions/${version}`,
  receipt: (obligationId: string, version: number) => `${BASE}/${encodeURIComponent(obligationId)}/receipt/${version}`,
};
