/** Worker thread: checks the files the pool sends, one at a time, and posts each FileResult back. */
import { parentPort } from 'node:worker_threads';
import { failed } from '../xlsx/file-check';
import { checkPath } from './check-path';
import type { JobMessage, ResultMessage } from './pool';

const port = parentPort;
if (port) {
  port.on('message', (job: JobMessage) => {
    checkPath(job.path, job.display, job.settings, job.options)
      .catch((e: unknown) => failed(job.display, e))
      .then((result) => port.postMessage({ id: job.id, result } satisfies ResultMessage));
  });
}
