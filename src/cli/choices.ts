// What a usage error suggests for a mistyped tier, urusan or competency: " (mungkin A atau B?)",
// or nothing when no choice is near.
import type { Localized } from '../core/diagnostic.js';
import { perhaps } from '../i18n/messages.js';
import type { Reference } from '../reference/reference.js';

/** «pengawas», or both tiers of an eselon equivalent to two («jpt-utama» atau «jpt-madya»). */
export function tingkatanChoices(ref: Reference, value: string): Localized | string {
  return perhaps(ref.tingkatan.suggestions(value).map((t) => `«${t.id}»`));
}

export function urusanChoices(ref: Reference, value: string): Localized | string {
  return perhaps(ref.urusan.suggestions(value).map((u) => `${u.kode} ${u.nama}`));
}

export function kamusChoices(ref: Reference, query: string): Localized | string {
  return perhaps(ref.kamus.suggestions(query).map((m) => `${m.value.kode} ${m.value.nama}`));
}
