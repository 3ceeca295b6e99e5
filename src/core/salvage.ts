// Keeps every part of a document that is valid on its own, so that one bad field does not hide the
// rest of the file from the rules. The zod schema stays the only definition of the format.
import * as z from 'zod';

export type DeepPartial<T> = T extends (infer U)[] ? DeepPartial<U>[] : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  while (s instanceof z.ZodOptional || s instanceof z.ZodNullable || s instanceof z.ZodDefault) s = s.unwrap() as z.ZodType;
  return s;
}

export function salvage<S extends z.ZodType>(schema: S, value: unknown): DeepPartial<z.infer<S>> | undefined {
  const whole = schema.safeParse(value);
  if (whole.success) return whole.data as DeepPartial<z.infer<S>>;
  const inner = unwrap(schema);
  if (inner instanceof z.ZodObject && value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, fieldSchema] of Object.entries(inner.shape as Record<string, z.ZodType>)) {
      const v = (value as Record<string, unknown>)[key];
      if (v === undefined) continue;
      const part = salvage(fieldSchema, v);
      if (part !== undefined) out[key] = part;
    }
    return out as DeepPartial<z.infer<S>>;
  }
  if (inner instanceof z.ZodArray && Array.isArray(value)) {
    return value.map((item) => salvage(inner.element as z.ZodType, item)).filter((x) => x !== undefined) as DeepPartial<z.infer<S>>;
  }
  return undefined;
}

/** The schema that describes the value at `path`, if the schema reaches that deep. */
export function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
  let s: z.ZodType | undefined = unwrap(schema);
  for (const seg of path) {
    if (!s) return undefined;
    if (s instanceof z.ZodObject) s = (s.shape as Record<string, z.ZodType>)[String(seg)];
    else if (s instanceof z.ZodArray) s = s.element as z.ZodType;
    else if (s instanceof z.ZodRecord) s = s.valueType as z.ZodType;
    else return undefined;
    s = s ? unwrap(s) : undefined;
  }
  return s;
}
