/**
 * Web Worker: reads, checks and annotates workbooks off the main thread, so a large
 * workbook never freezes the page. Checking needs only Cermat's reader; exceljs, which writes
 * the annotated copies and the summary, is fetched the first time one is asked for (on a slow
 * connection that is ~280 KB gzipped a reviewer who only checks never downloads).
 */
import { checkFile } from '../../xlsx/file-check';
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
      const { annotateWorkbook } = await import(/* webpackChunkName: "xlsx-write" */ '../../xlsx/write/annotate');
      const bytes = await annotateWorkbook(req.data, req.result, req.lang);
      return [{ kind: 'bytes', seq: req.seq, bytes }, transferable(bytes)];
    }
    case 'compare': {
      const { compareFiles } = await import(/* webpackChunkName: "compare" */ '../../xlsx/file-compare');
      return [{ kind: 'compared', seq: req.seq, comparison: await compareFiles(req.older, req.newer, req.settings) }, []];
    }
    case 'across': {
      const { acrossFileFindings } = await import(/* webpackChunkName: "compare" */ '../../xlsx/file-across');
      return [{ kind: 'across', seq: req.seq, files: await acrossFileFindings(req.files, req.settings) }, []];
    }
    case 'changes': {
      const { changesWorkbook } = await import(/* webpackChunkName: "xlsx-write" */ '../../xlsx/write/changes');
      const bytes = await changesWorkbook(req.newer.data, req.newer.name, req.changes, req.lang);
      return [{ kind: 'bytes', seq: req.seq, bytes }, transferable(bytes)];
    }
    case 'summary': {
      const { summaryWorkbook } = await import(/* webpackChunkName: "xlsx-write" */ '../../xlsx/write/summary');
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
