/**
 * Saves a file made in the browser through a temporary link: nothing is uploaded. The address is let go
 * after `keepFor` milliseconds, since some browsers read the blob after click() returns.
 */
export function saveFile(name: string, blob: Blob, keepFor = 10_000): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), keepFor);
}
