/** Why a workbook could not be read, in words a user can act on (Indonesian + English). */
import type { LocalText } from '../../engine/types';

export type ReadErrorCode = 'not-xlsx' | 'encrypted' | 'corrupt' | 'empty' | 'too-large' | 'encoding';

export class WorkbookReadError extends Error {
  readonly code: ReadErrorCode;
  readonly text: LocalText;
  readonly fileName: string;

  constructor(code: ReadErrorCode, fileName: string, text: LocalText, cause?: unknown) {
    super(text.en);
    this.name = 'WorkbookReadError';
    this.code = code;
    this.text = text;
    this.fileName = fileName;
    if (cause !== undefined) (this as { cause?: unknown }).cause = cause;
  }

  /** Bilingual message; `Error.message` itself is the English text so stack traces stay readable. */
  get localMessage(): LocalText {
    return this.text;
  }
}

export function isWorkbookReadError(e: unknown): e is WorkbookReadError {
  return e instanceof WorkbookReadError || (typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'WorkbookReadError');
}

const MB = 1024 * 1024;

/** Builds the error for a code, naming the file and the way out. */
export function readError(
  code: ReadErrorCode,
  fileName: string,
  detail?: { size?: number; limit?: number; oldXls?: boolean; encoding?: string; cause?: unknown },
): WorkbookReadError {
  const f = fileName || 'file';
  let text: LocalText;
  switch (code) {
    case 'not-xlsx':
      text = detail?.oldXls
        ? {
            id: `${f} adalah buku kerja Excel lama (.xls), bukan .xlsx. Buka di Excel lalu simpan sebagai "Excel Workbook (*.xlsx)", kemudian periksa berkas itu.`,
            en: `${f} is an old Excel workbook (.xls), not .xlsx. Open it in Excel, save it as "Excel Workbook (*.xlsx)" and check that file.`,
          }
        : {
            id: `${f} bukan berkas Excel .xlsx (isinya bukan buku kerja Excel). Pastikan Anda memilih berkas yang benar, atau buka di Excel dan simpan sebagai .xlsx.`,
            en: `${f} is not an Excel .xlsx file (its content is not an Excel workbook). Check that you picked the right file, or open it in Excel and save it as .xlsx.`,
          };
      break;
    case 'encrypted':
      text = {
        id: `${f} dilindungi kata sandi (terenkripsi) atau berformat .xls lama, sehingga tidak dapat dibaca. Buka di Excel, hapus kata sandi (File > Info > Lindungi Buku Kerja > Enkripsi dengan Kata Sandi) dan simpan sebagai .xlsx.`,
        en: `${f} is password-protected (encrypted) or an old .xls file, so it cannot be read. Open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password) and save it as .xlsx.`,
      };
      break;
    case 'corrupt':
      text = {
        id: `${f} rusak atau tidak lengkap (mungkin terpotong saat diunduh atau disalin). Unduh atau salin ulang berkasnya, atau buka di Excel dan gunakan "Buka dan Perbaiki".`,
        en: `${f} is damaged or incomplete (perhaps cut off while downloading or copying). Download or copy it again, or open it in Excel with "Open and Repair".`,
      };
      break;
    case 'empty':
      text = {
        id: `${f} tidak berisi lembar kerja (worksheet) yang dapat diperiksa. Pastikan tabelnya ada di lembar kerja biasa, bukan hanya di lembar grafik.`,
        en: `${f} has no worksheet to check. Make sure the tables are on an ordinary worksheet, not only on a chart sheet.`,
      };
      break;
    case 'encoding': {
      const enc = detail?.encoding ? ` (${detail.encoding})` : '';
      text = {
        id: `${f} adalah buku kerja .xlsx yang teksnya ditulis dalam pengodean${enc} yang tidak dapat dibaca Cermat. Buka di Excel dan simpan ulang sebagai "Excel Workbook (*.xlsx)", kemudian periksa berkas itu.`,
        en: `${f} is an .xlsx workbook whose text is written in an encoding${enc} Cermat cannot read. Open it in Excel, save it again as "Excel Workbook (*.xlsx)" and check that file.`,
      };
      break;
    }
    case 'too-large': {
      const size = detail?.size !== undefined ? ` (${Math.round(detail.size / MB)} MB)` : '';
      const limit = detail?.limit !== undefined ? ` ${Math.round(detail.limit / MB)} MB` : '';
      text = {
        id: `${f} terlalu besar untuk diperiksa${size}; batasnya${limit || ' memori yang tersedia'}. Pisahkan tabel ke buku kerja yang lebih kecil atau hapus lembar yang tidak perlu.`,
        en: `${f} is too large to check${size}; the limit is${limit || ' the available memory'}. Split the tables into smaller workbooks or delete sheets that are not needed.`,
      };
      break;
    }
  }
  return new WorkbookReadError(code, fileName, text, detail?.cause);
}
