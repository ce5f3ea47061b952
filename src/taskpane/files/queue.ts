/**
 * Runs the checks of the opened files one at a time (one worker; exceljs needs a lot of
 * memory per workbook, so parallel checks would only compete) and reports each stage.
 */
import type { Settings } from '../../engine/settings';
import { analysisKey } from '../analysisKey';
import { failureReason } from './failure';
import type { Checker } from './protocol';
import type { FilesAction } from './state';

export interface QueuedFile {
  id: string;
  file: Blob & { name: string };
}

export interface QueueOptions {
  checker: Checker;
  dispatch: (action: FilesAction) => void;
  settings?: () => Partial<Settings> | undefined;
  /** Reads a file's bytes; injectable because jsdom's Blob has no arrayBuffer(). */
  read?: (file: Blob) => Promise<ArrayBuffer>;
  /** The page's URL scheme (location.protocol), which decides what a refused worker means. */
  protocol?: string;
}

const readBlob = (file: Blob): Promise<ArrayBuffer> => file.arrayBuffer();

export class CheckQueue {
  private readonly waiting: QueuedFile[] = [];
  private readonly cancelled = new Set<string>();
  private running?: Promise<void>;

  constructor(private readonly options: QueueOptions) {}

  /** Adds files to the list (as queued) and starts checking them if idle. */
  add(files: QueuedFile[]): Promise<void> {
    this.options.dispatch({ type: 'add', files: files.map((f) => ({ id: f.id, name: f.file.name, size: f.file.size })) });
    this.waiting.push(...files);
    this.kick();
    return this.idle();
  }

  /** Checks files already in the list again (their entries go back to queued). */
  requeue(files: QueuedFile[]): Promise<void> {
    if (files.length === 0) return this.idle();
    this.options.dispatch({ type: 'requeue', ids: files.map((f) => f.id) });
    for (const f of files) this.cancelled.delete(f.id);
    this.waiting.push(...files);
    this.kick();
    return this.idle();
  }

  /** Forgets a file that has not been checked yet (a running check finishes but is ignored). */
  cancel(id: string): void {
    this.cancelled.add(id);
  }

  /** Resolves when every queued file is finished. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private kick(): void {
    this.running ??= this.drain().finally(() => {
      this.running = undefined;
      if (this.waiting.length > 0) this.kick();
    });
  }

  private async drain(): Promise<void> {
    for (let next = this.waiting.shift(); next; next = this.waiting.shift()) {
      if (!this.cancelled.has(next.id)) await this.run(next);
    }
  }

  private async run({ id, file }: QueuedFile): Promise<void> {
    const { checker, dispatch } = this.options;
    try {
      dispatch({ type: 'stage', id, stage: 'reading' });
      const data = await (this.options.read ?? readBlob)(file);
      dispatch({ type: 'stage', id, stage: 'checking' });
      const settings = this.options.settings?.();
      const result = await checker.check(file.name, data, settings);
      if (!this.cancelled.has(id)) dispatch({ type: 'done', id, result, checkedWith: analysisKey(settings ?? {}) });
    } catch (e) {
      // Not the workbook's fault (the reader reports those in the result).
      dispatch({ type: 'failed', id, reason: failureReason(e, this.options.protocol) });
    }
  }
}
