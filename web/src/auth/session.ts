/** The signed-in session: only the ID token and its expiry, kept in `sessionStorage` (gone with the tab). */
export interface Session {
  idToken: string;
  expiresAt: string;
}

const KEY = 'dvm.session';

export function readSession(storage: Storage = sessionStorage, now: Date = new Date()): Session | null {
  let value: unknown;
  try {
    value = JSON.parse(storage.getItem(KEY) ?? 'null');
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { idToken, expiresAt } = value as Record<string, unknown>;
  if (typeof idToken !== 'string' || typeof expiresAt !== 'string') return null;
  const expiry = Date.parse(expiresAt);
  if (Number.isNaN(expiry) || expiry <= now.getTime()) {
    storage.removeItem(KEY);
    return null;
  }
  return { idToken, expiresAt };
}

export function writeSession(session: Session, storage: Storage = sessionStorage): void {
  storage.setItem(KEY, JSON.stringify(session));
}

export function clearSession(storage: Storage = sessionStorage): void {
  storage.removeItem(KEY);
}
