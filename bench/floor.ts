/**
 * The floor: what merely reading an .xlsx costs. Inflates every part of the package with fflate
 * (unzipSync) and touches every inflated byte once (a checksum, so the pass cannot be skipped).
 * No XML parsing, no grid, no engine: any checker of the file does at least this much.
 *
 *   node dist-cli/bench/floor.js FILE     prints {"parts":…,"bytes":…,"sum":…}
 *
 * It imports nothing but fs and fflate, so its process start-up is Node's own; bench/floor-ratio.ts
 * runs it as a whole process next to `cermat check --jobs 1` and compares their CPU and peak memory.
 */
import * as fs from 'node:fs';
import { unzipSync } from 'fflate';

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: node dist-cli/bench/floor.js FILE.xlsx\n');
  process.exit(2);
}
const parts = unzipSync(fs.readFileSync(file));
let bytes = 0;
let sum = 0;
for (const name of Object.keys(parts)) {
  const b = parts[name];
  for (let i = 0; i < b.length; i++) sum = (sum + b[i]) | 0;
  bytes += b.length;
}
process.stdout.write(JSON.stringify({ parts: Object.keys(parts).length, bytes, sum }) + '\n');
