/** The package version, read from package.json above this file (works from src/ and dist-cli/). */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

export function version(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'cermat' && pkg.version) return pkg.version;
    } catch {
      // not here: look one folder up
    }
    dir = path.dirname(dir);
  }
  return 'unknown';
}
