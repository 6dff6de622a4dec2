import { describe, expect, it } from 'vitest';
import { ROLE_LABELS, ROLES } from '../../../shared/organization/model.ts';
import { en, vi } from '../../../web/src/i18n/dictionaries.ts';
import { storedLanguage, storeLanguage, translate } from '../../../web/src/i18n/translate.ts';
import { MemoryStorage } from './memory-storage.ts';

describe('dictionaries', () => {
  it('have exactly the same keys in Vietnamese and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });

  it('have no empty or blank strings', () => {
    for (const [language, dictionary] of Object.entries({ vi, en })) {
      for (const [key, text] of Object.entries(dictionary)) {
        expect(text.trim(), `${language}.${key}`).not.toBe('');
      }
    }
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(vi) as Array<keyof typeof vi>) {
      expect(placeholders(en[key]), key).toEqual(placeholders(vi[key]));
    }
  });

  it('write Vietnamese with diacritics, not stripped ASCII', () => {
    expect(vi['signIn.title']).toBe('Đăng nhập');
    expect(vi['header.signOut']).toBe('Đăng xuất');
    expect(Object.values(vi).filter((text) => /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i.test(text)).length).toBeGreaterThan(
      Object.keys(vi).length * 0.8,
    );
  });

  it('name the roles as the server does', () => {
    for (const role of ROLES) {
      expect(vi[`role.${role}`]).toBe(ROLE_LABELS[role].vi);
      expect(en[`role.${role}`]).toBe(ROLE_LABELS[role].en);
    }
  });
});

describe('translate', () => {
  it('fills placeholders in the chosen language', () => {
    expect(translate('vi', 'home.welcome', { name: 'Nguyễn Văn An' })).toBe('Xin chào, Nguyễn Văn An');
    expect(translate('en', 'units.count', { count: 7 })).toBe('Total: 7 units');
  });

  it('leaves an unknown placeholder visible rather than inventing a value', () => {
    expect(translate('en', 'home.welcome', {})).toBe('Welcome, {name}');
  });
});

describe('language preference', () => {
  it('is remembered on this browser and ignored when it is not a supported language', () => {
    const storage = new MemoryStorage();
    expect(storedLanguage(storage)).toBeNull();
    storeLanguage('en', storage);
    expect(storedLanguage(storage)).toBe('en');
    storage.setItem('dvm.language', 'fr');
    expect(storedLanguage(storage)).toBeNull();
  });
});
