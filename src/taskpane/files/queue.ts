/**
 * Runs the checks of the opened files one at a time (one worker; exceljs needs a lot of
 * memory per workbook, so parallel checks would only compete) and reports each stage.
 */
import type { Settings } from '../../engine/settings';
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
      const result = await checker.check(file.name, data, this.options.settings?.());
      if (!this.cancelled.has(id)) dispatch({ type: 'done', id, result });
    } catch (e) {
      // Not the workbook's fault (the reader reports those in the result): the browser could not read it or the worker died.
      const detail = e instanceof Error ? e.message : String(e);
      dispatch({
        type: 'failed',
        id,
        reason: { id: `Berkas tidak dapat diperiksa: ${detail}`, en: `The file could not be checked: ${detail}` },
      });
    }
  }
}
