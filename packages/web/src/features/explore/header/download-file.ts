/** Characters file systems refuse in names. */
const UNSAFE = /[\\/:*?"<>|]+/g;

/** A file name from a chart title: safe characters only, never empty. */
export function safeFileName(title: string, extension: string): string {
  const printable = [...title].filter((char) => char >= ' ').join('');
  const base = printable.replace(UNSAFE, '_').replace(/\s+/g, ' ').trim() || 'chart';
  return `${base}.${extension}`;
}

/** Hands a file to the browser's download (a Blob or a data: URL) under `filename`. */
export function saveFile(file: Blob | string, filename: string): void {
  const href = typeof file === 'string' ? file : URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = href;
  link.download = filename;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  if (typeof file !== 'string') {
    // Revoked after the click has been handled, so the download can start.
    setTimeout(() => URL.revokeObjectURL(href), 1000);
  }
}
