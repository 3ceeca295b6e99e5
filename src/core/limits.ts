// Resource limits on input, in one place (README "Batas / Limits" documents each). Past a limit skj
// reports the file (located) and goes on with the others, instead of running out of time or memory.

/** Largest standard, kamus or skj.yaml file read (bytes). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Largest kode.lock.yaml read (bytes): a national registry of 165,000 codes is about 25 MB. */
export const MAX_REGISTRY_BYTES = 256 * 1024 * 1024;

/** Alias expansions per file (YAML "billion laughs"). */
export const MAX_ALIAS_COUNT = 100;

/** Words compared by the text-drift word diff; longer texts are reported as differing, without a diff. */
export const MAX_DIFF_WORDS = 2000;

/** Edit distance (words) the word diff searches before giving up on showing the difference. */
export const MAX_DIFF_EDITS = 200;

/** Alternatives one skj.yaml pattern may expand to through {a,b} braces. */
export const MAX_GLOB_ALTERNATIVES = 256;
