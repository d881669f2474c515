import JSZip from 'jszip';

/** One file of an archive. */
export interface ZipEntry {
  name: string;
  content: Buffer | string;
}

/** A ZIP archive of several results (Superset answers several CSV/XLSX queries with one). */
export async function toZip(files: readonly ZipEntry[]): Promise<Buffer> {
  const zip = new JSZip();
  const taken = new Set<string>();
  for (const file of files) {
    let name = file.name.replace(/^[/\\]+/, '').replace(/\.\.(?:[/\\]|$)/g, '');
    for (let n = 2; taken.has(name); n += 1) name = name.replace(/(\.[^.]*)?$/, `_${n}$1`);
    taken.add(name);
    zip.file(name, file.content);
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
