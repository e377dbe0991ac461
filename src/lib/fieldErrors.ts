/**
 * A form's per-field messages from the same zod schema the backend validates with (src/contracts), so a
 * field is refused in the form for exactly the reason the server would give.
 */
import type { z } from 'zod';

export type FieldErrors = Partial<Record<string, string>>;

export function fieldErrors<S extends z.ZodType>(schema: S, value: unknown): { ok: true; data: z.output<S> } | { ok: false; errors: FieldErrors } {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path.map(String).join('.') || 'form';
    errors[field] ??= `${capitalise(field)} ${issue.message}.`;
  }
  return { ok: false, errors };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
