import type { $ZodType } from 'zod/v4/core';

/** Any Zod schema, classic or mini: both build on zod/v4/core. The content script uses mini ones (smaller). */
export type AnySchema = $ZodType;

export interface RequestDef<P extends AnySchema = AnySchema, R extends AnySchema = AnySchema> {
  payload: P;
  reply: R;
}

/** Declares a request type: the schema of its payload and of its reply. */
export const defineRequest = <P extends AnySchema, R extends AnySchema>(
  payload: P,
  reply: R,
): RequestDef<P, R> => ({
  payload,
  reply,
});
