import { dictionaries, type Language, type MessageKey } from './dictionaries.ts';

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

/** Looks `key` up in `language` and fills `{name}` placeholders; an unknown placeholder stays visible. */
export function translate(language: Language, key: MessageKey, params?: Params): string {
  const template = dictionaries[language][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A label carried as data (navigation entries, for instance) rather than as a dictionary key. */
export interface Bilingual {
  vi: string;
  en: string;
}

/** Each language's name in itself, so a reader of either can find theirs. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { vi: 'Tiếng Việt', en: 'English' };

const STORAGE_KEY = 'dvm.language';

export function isLanguage(value: unknown): value is Language {
  return value === 'vi' || value === 'en';
}

/** The language the user chose on this browser, if any. */
export function storedLanguage(storage: Pick<Storage, 'getItem'> = localStorage): Language | null {
  try {
    const value = storage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

export function storeLanguage(language: Language, storage: Pick<Storage, 'setItem'> = localStorage): void {
  try {
    storage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage can be disabled (private mode, policy); the choice then lasts for this page only.
  }
}
