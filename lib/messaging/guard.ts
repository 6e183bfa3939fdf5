// Small structural checks for the content script, which cannot afford Zod in its bundle (30 KB gzip budget).
// A guard tells whether a value has the shape the code is about to read; the types themselves come from the
// Zod schemas of the full protocol (lib/messaging/requests-*.ts), which the background and the popup parse with.

export type Guard = (value: unknown) => boolean;

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const str: Guard = (value) => typeof value === 'string';
export const num: Guard = (value) => typeof value === 'number' && !Number.isNaN(value);
export const bool: Guard = (value) => typeof value === 'boolean';
export const any: Guard = () => true;

export const oneOf =
  (...values: unknown[]): Guard =>
  (value) =>
    values.includes(value);
export const nullable =
  (guard: Guard): Guard =>
  (value) =>
    value === null || guard(value);
export const optional =
  (guard: Guard): Guard =>
  (value) =>
    value === undefined || guard(value);
export const arrayOf =
  (guard: Guard): Guard =>
  (value) =>
    Array.isArray(value) && value.every(guard);

/** An object with at least these fields, each passing its guard (other fields are allowed and kept). */
export const shape = (fields: Record<string, Guard>): Guard => {
  // The fields listed once, not per value checked: a huge posting's reply has ~9,000 mentions to check.
  const checks = Object.entries(fields);
  return (value) => {
    if (!isRecord(value)) return false;
    for (const [key, guard] of checks) if (!guard(value[key])) return false;
    return true;
  };
};
