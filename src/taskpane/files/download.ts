/** Saving bytes the worker made as a file the browser downloads (nothing leaves the machine). */

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const SUMMARY_NAME = 'ringkasan-cermat.xlsx';

/** `Renstra Dinas.xlsx` → `Renstra Dinas.cermat.xlsx`: the reviewer sends it back beside the original. */
export function annotatedName(fileName: string): string {
  const base = fileName.replace(/\.(xlsx|xlsm|xls)$/i, '');
  return `${base || 'buku-kerja'}.cermat.xlsx`;
}

/** `Renstra Perubahan.xlsx` → `Renstra Perubahan.perubahan.xlsx`: the new version, its changes marked. */
export function changesName(newFileName: string): string {
  const base = newFileName.replace(/\.(xlsx|xlsm|xls)$/i, '');
  return `${base || 'buku-kerja'}.perubahan.xlsx`;
}

export function downloadBytes(bytes: Uint8Array, fileName: string, doc: Document = document): void {
  // Copy into a plain ArrayBuffer: Blob parts must not be views over a SharedArrayBuffer.
  const blob = new Blob([bytes.slice().buffer], { type: XLSX_MIME });
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  doc.body.appendChild(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
