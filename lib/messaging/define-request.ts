import type { z } from 'zod';

export interface RequestDef<P extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> {
  payload: P;
  reply: R;
}

/** Declares a request type: the schema of its payload and of its reply. */
export const defineRequest = <P extends z.ZodType, R extends z.ZodType>(
  payload: P,
  reply: R,
): RequestDef<P, R> => ({
  payload,
  reply,
});
