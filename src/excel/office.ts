/**
 * How the adapter reaches Excel: `Excel.run` and the requirement-set check, injectable so
 * tests (and the benchmark) can run the same code against test/excel/fakeExcel.ts.
 */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelEnv {
  run: ExcelRun;
  isSetSupported(name: string, version: string): boolean;
}

/** The real Office.js environment; call only after Office.onReady reported Excel. */
export function officeEnv(): ExcelEnv {
  return {
    run: (batch) => Excel.run(batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  };
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (!signal?.aborted) return;
  throw signal.reason instanceof Error ? signal.reason : new DOMException('The read was cancelled', 'AbortError');
}

/** Office.js errors carry a string `code`; anything else has none. */
export function errorCode(e: unknown): string {
  if (typeof e === 'object' && e !== null && 'code' in e && typeof (e as { code: unknown }).code === 'string') {
    return (e as { code: string }).code;
  }
  return '';
}
