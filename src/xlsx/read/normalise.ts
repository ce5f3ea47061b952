/**
 * A package exceljs can open, for the writers (annotated copy, fill): entry names with '/' and
 * every XML part in UTF-8. Cermat's reader takes the other spellings as they are (parts.ts,
 * encoding.ts); exceljs looks parts up by exact name and parses bytes as UTF-8.
 */
import JSZip from 'jszip';
import { sniffEncoding, toUtf8 } from './encoding';

/** The package rewritten, or null when nothing needed rewriting. */
export async function normalisePackage(bytes: Uint8Array): Promise<Uint8Array | null> {
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  const out = new JSZip();
  let changed = false;
  for (const [name, f] of Object.entries(zip.files)) {
    if (f.dir) continue;
    const fixed = name.replace(/\\/g, '/');
    let data = await f.async('uint8array');
    if (/\.(xml|rels|vml)$/i.test(fixed) && sniffEncoding(data) !== 'utf-8') {
      data = declareUtf8(toUtf8(data));
      changed = true;
    }
    changed ||= fixed !== name;
    out.file(fixed, data);
  }
  return changed ? out.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }) : null;
}

/** The declaration of a re-encoded part says UTF-8 (it still names the old encoding). */
function declareUtf8(b: Uint8Array): Uint8Array {
  const head = new TextDecoder().decode(b.subarray(0, 200));
  const m = /^<\?xml\s[^>]*?encoding\s*=\s*(["'])[^"']*\1/.exec(head);
  if (!m) return b;
  const fixed = m[0].replace(/encoding\s*=\s*(["'])[^"']*\1/, 'encoding="UTF-8"');
  const enc = new TextEncoder();
  const pre = enc.encode(fixed);
  const cut = enc.encode(m[0]).length;
  const out = new Uint8Array(pre.length + b.length - cut);
  out.set(pre);
  out.set(b.subarray(cut), pre.length);
  return out;
}
