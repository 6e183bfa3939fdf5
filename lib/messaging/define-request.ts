import type { $ZodType } from 'zod/v4/core';

/** Any Zod schema, classic or mini: both build on zod/v4/core. The content script uses mini ones (smaller). */
export type AnySchema = $ZodType;

export interface RequestDef<P extends AnySchema = AnySchema, R extends AnySchema = AnySchema> {
  readonly payload: P;
  readonly reply: R;
}

/**
 * Declares a request type: the schema of its payload and of its reply, each built on first use. A worker
 * that wakes for one analysis checks one request of the protocol's few dozen; building every schema when the
 * modules are evaluated cost a cold start ~10 ms (Zod's constructors run interpreted on cold code).
 */
export function defineRequest<P extends AnySchema, R extends AnySchema>(
  payload: () => P,
  reply: () => R,
): RequestDef<P, R> {
  let builtPayload: P | undefined;
  let builtReply: R | undefined;
  return {
    get payload() {
      return (builtPayload ??= payload());
    },
    get reply() {
      return (builtReply ??= reply());
    },
  };
}
