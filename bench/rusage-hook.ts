/**
 * Preloaded (`node -r`) by bench/floor-ratio.ts where /usr/bin/time is missing: writes the process's
 * own user and system CPU seconds and peak RSS (kB), as `time -f '%U %S %M'` would, at exit.
 */
import * as fs from 'node:fs';

const out = process.env.CERMAT_RUSAGE_OUT;
if (out) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    fs.writeFileSync(out, `${u.userCPUTime / 1e6} ${u.systemCPUTime / 1e6} ${u.maxRSS}\n`);
  });
}
