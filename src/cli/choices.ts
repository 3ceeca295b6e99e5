// What a usage error suggests for a mistyped tier, urusan or competency: one or several choices,
// joined with "atau"/"or", or "-" when nothing is near.
import type { Localized } from '../core/diagnostic.js';
import { anyOf } from '../i18n/messages.js';
import type { Reference } from '../reference/reference.js';

function choices(items: string[]): Localized | string {
  return items.length ? anyOf(items) : '-';
}

/** «pengawas», or both tiers of an eselon equivalent to two («jpt-utama» atau «jpt-madya»). */
export function tingkatanChoices(ref: Reference, value: string): Localized | string {
  return choices(ref.tingkatan.suggestions(value).map((t) => `«${t.id}»`));
}

export function urusanChoices(ref: Reference, value: string): Localized | string {
  return choices(ref.urusan.suggestions(value).map((u) => `${u.kode} ${u.nama}`));
}

export function kamusChoices(ref: Reference, query: string): Localized | string {
  return choices(ref.kamus.suggestions(query).map((m) => `${m.value.kode} ${m.value.nama}`));
}
