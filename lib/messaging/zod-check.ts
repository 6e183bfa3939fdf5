import { z } from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';
import type { Check } from './messenger';

/** The background's and extension pages' check: the request's Zod schema parses the value. */
export const zodCheck: Check = (schema, value) => {
  const parsed = z.safeParse(schema as $ZodType, value);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, error: parsed.error.message };
};
