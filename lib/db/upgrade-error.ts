/**
 * Thrown by an upgrade step when a stored row cannot be converted. Dexie aborts the whole version-change
 * transaction when an upgrade throws, so the database stays at its old version with its rows untouched.
 */
export class UpgradeStepError extends Error {
  override name = 'UpgradeStepError';
  constructor(
    readonly step: string,
    readonly table: string,
    readonly key: unknown,
    reason: string,
  ) {
    super(
      `Upgrade ${step} stopped: row ${JSON.stringify(key)} in "${table}" cannot be converted ` +
        `(${reason.replace(/\s*\n\s*/g, ' ')}). ` +
        'Nothing was changed; the data is still in its previous version.',
    );
  }
}
