// Browser-only: hands a generated file to the browser's download flow without any permission or network.

/** Downloads `content` as a file named `filename` (Blob + object URL + a temporary <a download>). */
export function downloadFile(
  filename: string,
  content: string,
  type: string,
  doc: Document = document,
): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers read the URL asynchronously after click().
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "gapmark-saved-jobs-2026-11-24.csv" */
export const datedFilename = (stem: string, extension: string, now: number = Date.now()): string =>
  `${stem}-${new Date(now).toISOString().slice(0, 10)}.${extension}`;
