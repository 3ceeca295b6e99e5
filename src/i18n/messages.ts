// Renders a diagnostic's message in the chosen language.
import type { Localized, MessageParams } from '../core/diagnostic.js';
import { en } from './en.js';
import { id, type MessageKey } from './id.js';

export type Lang = 'id' | 'en';
export const LANGS: readonly Lang[] = ['id', 'en'];

const CATALOGS: Record<Lang, Record<MessageKey, string>> = { id, en };

export function hasMessage(key: string): key is MessageKey {
  return key in id;
}

/** A count in words: the message `<key>.one` or `<key>.other`, as the language's plural rules pick. */
export function counted(lang: Lang, key: string, n: number): string {
  const form = new Intl.PluralRules(lang).select(n);
  return message(lang, hasMessage(`${key}.${form}`) ? `${key}.${form}` : `${key}.other`, { n });
}

/** Fills {placeholders}; a parameter written "@key" is itself a message (e.g. a type name). */
export function message(lang: Lang, key: string, params: MessageParams = {}): string {
  const catalog = CATALOGS[lang];
  const template = hasMessage(key) ? catalog[key] : key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = params[name];
    if (v === undefined) return `{${name}}`;
    const s = typeof v === 'object' ? v[lang] : String(v);
    return s.startsWith('@') && hasMessage(s.slice(1)) ? catalog[s.slice(1) as MessageKey] : s;
  });
}

/** " (mungkin a atau b?)" in each language, or nothing when there is no choice: for usage errors. */
export function perhaps(items: readonly string[]): Localized | string {
  if (!items.length) return '';
  const pilihan = anyOf(items);
  return { id: message('id', 'suggest.perhaps', { pilihan }), en: message('en', 'suggest.perhaps', { pilihan }) };
}

/** Choices joined with "atau" / "or" in each language ("a, b, atau c"), for suggestions. */
export function anyOf(items: readonly string[]): Localized {
  return { id: new Intl.ListFormat('id', { type: 'disjunction' }).format(items), en: new Intl.ListFormat('en', { type: 'disjunction' }).format(items) };
}
