import { useRef, useState } from 'react';
import type { SavedNotice } from '@/lib/store/saved-slice';

export interface ExportImportBarProps {
  onExportCsv: () => void;
  onExportBackup: () => Promise<void>;
  onExportJsonLd: () => void;
  onImportBackup: (text: string) => Promise<void>;
  notice: SavedNotice | null;
  disabled: boolean; // no jobs to export
}

export function ExportImportBar(props: ExportImportBarProps) {
  const fileInput = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const run = (task: () => Promise<void>) => {
    setBusy(true);
    task().finally(() => setBusy(false));
  };
  return (
    <div className="gm-saved-io">
      <div className="gm-saved-io-buttons" role="group" aria-label="Export and import">
        <button type="button" onClick={props.onExportCsv} disabled={props.disabled}>
          CSV
        </button>
        <button type="button" onClick={() => run(props.onExportBackup)} disabled={busy}>
          JSON backup
        </button>
        <button type="button" onClick={props.onExportJsonLd} disabled={props.disabled}>
          JobPosting JSON-LD
        </button>
        <button type="button" onClick={() => fileInput.current?.click()} disabled={busy}>
          Import backup…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          aria-label="Backup file to import"
          hidden
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = ''; // choosing the same file again fires change again
            if (file) run(async () => props.onImportBackup(await file.text()));
          }}
        />
      </div>
      {props.notice && (
        <p
          className={`gm-saved-notice is-${props.notice.kind}`}
          role={props.notice.kind === 'error' ? 'alert' : 'status'}
        >
          {props.notice.text}
        </p>
      )}
    </div>
  );
}
