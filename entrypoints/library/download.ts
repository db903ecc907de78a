/** Saving a file the page built (an export) through the browser's download UI, without the downloads permission. */

/** Offers `parts` as a file named `name`. */
export function downloadFile(parts: BlobPart[], name: string, type: string): void {
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.dataset.testid = 'library-download';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start reading the blob before it is released.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A file-name-safe form of a title. */
export function fileNameOf(title: string, extension: string): string {
  const printable = [...title].map((c) => (c < ' ' ? ' ' : c)).join('');
  const base =
    printable
      .replace(/[\\/:*?"<>|]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 80) || 'article';
  return `${base}.${extension}`;
}
