import { downloadFile } from '@/lib/export/download-file';

/**
 * Offers a JSON value as a file download from an extension page (browser-only). Goes through the shared
 * download helper, which attaches the link to the document and revokes the object URL only after a delay:
 * revoking on the next task can cancel the download in browsers that read the URL asynchronously (Firefox).
 */
export function downloadJsonFile(value: unknown, fileName: string): void {
  downloadFile(fileName, `${JSON.stringify(value, null, 2)}\n`, 'application/json');
}
