import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ApiClient } from './api/client.ts';
import type { AppConfig } from './api/schemas.ts';
import type { Me } from './api/types.ts';

/** What every page of a signed-in user may rely on. */
export interface AppContextValue {
  config: AppConfig;
  api: ApiClient;
  me: Me;
}

export const AppContext = createContext<AppContextValue | null>(null);

export function useApp(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useApp outside a signed-in AppContext');
  return value;
}
