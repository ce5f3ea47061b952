/** Why a file could not be checked when the workbook is not to blame (the reader's reasons come in the result). */
import type { LocalText } from '../../engine/types';

/** What a reviewer who opened dist/taskpane.html from disk must do instead. */
export const SERVE_FROM_WEB: LocalText = {
  id: 'Halaman ini dibuka langsung dari disk (file://), dan peramban tidak mengizinkan pemeriksaan berjalan dari sana. Buka halaman ini lewat server web: di folder Cermat jalankan "npx http-server dist", lalu buka http://localhost:8080/taskpane.html (atau letakkan folder dist/ di server web mana pun).',
  en: 'This page was opened straight from disk (file://), and the browser does not let the check run from there. Open it through a web server: in the Cermat folder run "npx http-server dist", then open http://localhost:8080/taskpane.html (or put the dist/ folder on any web server).',
};

export function failureReason(e: unknown, protocol = globalThis.location?.protocol): LocalText {
  const detail = e instanceof Error ? e.message : String(e);
  if (e instanceof Error && e.name === 'WorkerUnavailableError') {
    if (protocol === 'file:') return SERVE_FROM_WEB;
    return {
      id: `Peramban ini tidak dapat memulai pemeriksa (Web Worker): ${detail}`,
      en: `This browser could not start the checker (Web Worker): ${detail}`,
    };
  }
  // The browser could not read the file, or the worker died.
  return { id: `Berkas tidak dapat diperiksa: ${detail}`, en: `The file could not be checked: ${detail}` };
}
