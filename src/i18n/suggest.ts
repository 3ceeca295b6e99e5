// The "did you mean" part of usage errors, filled with one or several choices (or left out when none).
export const suggestId = {
  'suggest.perhaps': ' (mungkin {pilihan}?)',
};

export const suggestEn: Record<keyof typeof suggestId, string> = {
  'suggest.perhaps': ' (perhaps {pilihan}?)',
};
