/**
 * Web Worker: reads, checks and annotates workbooks off the main thread, so a large
 * workbook never freezes the page, and exceljs is only in this worker's chunk.
 */
import { checkFile } from '../../xlsx/check';
import { annotateWorkbook } from '../../xlsx/annotate';
import { summaryWorkbook } from '../../xlsx/report';
import { transferable, type WorkerRequest, type WorkerResponse } from './protocol';

/** The part of DedicatedWorkerGlobalScope used here (the project compiles against the DOM lib). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerResponse, transfer: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

async function handle(req: WorkerRequest): Promise<[WorkerResponse, Transferable[]]> {
  switch (req.kind) {
    case 'check': {
      const result = await checkFile(req.data, req.name, req.settings);
      return [{ kind: 'checked', seq: req.seq, result }, []];
    }
    case 'annotate': {
      const bytes = await annotateWorkbook(req.data, req.result, req.lang);
      return [{ kind: 'bytes', seq: req.seq, bytes }, transferable(bytes)];
    }
    case 'summary': {
      const bytes = await summaryWorkbook(req.results, req.lang);
      return [{ kind: 'bytes', seq: req.seq, bytes }, transferable(bytes)];
    }
  }
}

scope.onmessage = (event) => {
  const req = event.data;
  handle(req).then(
    ([res, transfer]) => scope.postMessage(res, transfer),
    (e: unknown) => scope.postMessage({ kind: 'failed', seq: req.seq, message: e instanceof Error ? e.message : String(e) }, []),
  );
};
