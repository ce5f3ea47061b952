/**
 * One file checked: its bytes read into grids (read/), then the engine's check pipeline. What the
 * CLI and the browser worker run per file. Never throws: an unreadable file comes back with
 * `error` and `errorCode`.
 */
import { checkWorkbook, withDefaults } from '../engine';
import type { Entity, FillItem, Finding, LocalText, Settings, TableInfo } from '../engine';
import { isWorkbookReadError } from './read/errors';
import type { LoadOptions } from './read/admit';
import { readWorkbook } from './read';

export interface FileResult {
  file: string;
  tables: TableInfo[];
  findings: Finding[];
  fill: FillItem[];
  /** The workbook's entities, when asked for (to compare files with each other: `cermat check --across`). */
  entities?: Entity[];
  error?: LocalText;
  errorCode?: string;
}

export interface CheckFileOptions extends LoadOptions {
  /** Keep the entities in the result (they cost memory and, from a worker, copying). */
  entities?: boolean;
  /** Plan the fill to a fixed point (engine AnalyseOptions.closeFill): for `cermat fill`. */
  closeFill?: boolean;
}

export async function checkFile(
  data: ArrayBuffer | Uint8Array,
  fileName: string,
  settings?: Partial<Settings>,
  options?: CheckFileOptions,
  /** Run between reading and analysing (the CLI lets go of the inflated package there: cli/release.ts). */
  afterRead?: () => void,
): Promise<FileResult> {
  try {
    const grids = await readWorkbook(data, fileName, options);
    afterRead?.();
    // Entities only where this workbook's own cross check uses them, unless the caller compares files.
    const analysis = await checkWorkbook(grids, {
      settings: withDefaults(settings),
      entities: options?.entities ? 'all' : 'cross',
      closeFill: options?.closeFill,
    });
    const result: FileResult = { file: fileName, tables: analysis.tables, findings: analysis.findings, fill: analysis.fill };
    if (options?.entities) result.entities = analysis.entities ?? [];
    return result;
  } catch (e) {
    return failed(fileName, e);
  }
}

/** A FileResult for a file that could not be read (or whose analysis failed). */
export function failed(fileName: string, e: unknown): FileResult {
  if (isWorkbookReadError(e)) return { file: fileName, tables: [], findings: [], fill: [], error: e.text, errorCode: e.code };
  const detail = e instanceof Error ? e.message : String(e);
  return {
    file: fileName,
    tables: [],
    findings: [],
    fill: [],
    errorCode: 'internal',
    error: {
      id: `${fileName} tidak dapat diperiksa karena kesalahan di Cermat (${detail}). Laporkan berkas ini kepada pengembang.`,
      en: `${fileName} could not be checked because of an error in Cermat (${detail}). Please report this file to the developers.`,
    },
  };
}
