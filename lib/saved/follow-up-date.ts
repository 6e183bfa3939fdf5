// The follow-up date as an <input type="date"> shows and gives it, in the person's local time.

const pad = (n: number) => String(n).padStart(2, '0');
/** A time as the local date an <input type="date"> shows ("2026-12-10"). */
export const toDateInput = (ms: number) => {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};
/** A date input's value as 9:00 local time that day, or null for an empty or unreadable value. */
export const fromDateInput = (value: string): number | null => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const at = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 9).getTime();
  return Number.isFinite(at) ? at : null;
};
