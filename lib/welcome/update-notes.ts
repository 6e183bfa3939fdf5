// What changed that a person would see, one line per version. An update shows the newest line the person has
// not seen, once, in the popup (never a tab); a new install starts with every line seen.

export interface UpdateNote {
  version: string;
  text: string;
}

/** Newest first. Add a line only when an update changes what the person sees. */
export const UPDATE_NOTES: readonly UpdateNote[] = [
  {
    version: '0.1.0',
    text: 'New: a welcome page to start your profile in a minute, and no score until your profile has skills.',
  },
];

/** Compares dotted versions numerically ("0.10.0" after "0.9.1"); missing parts count as 0. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map((p) => parseInt(p, 10) || 0);
  const pb = b.split('.').map((p) => parseInt(p, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The note to show: the newest one after `lastSeen` and not after `current`; null when there is none. */
export function noteToShow(
  notes: readonly UpdateNote[],
  lastSeen: string,
  current: string,
): UpdateNote | null {
  const unseen = notes.filter(
    (n) =>
      (lastSeen === '' || compareVersions(n.version, lastSeen) > 0) &&
      compareVersions(n.version, current) <= 0,
  );
  return unseen.sort((a, b) => compareVersions(b.version, a.version))[0] ?? null;
}
