#!/usr/bin/env node
// Runs the compiled CLI (npm run build:cli); inside the repo without a build, runs the TypeScript through tsx.
const path = require('path');
const fs = require('fs');
const compiled = path.join(__dirname, '..', 'dist-cli', 'src', 'cli', 'main.js');
if (fs.existsSync(compiled)) {
  require(compiled).main(process.argv.slice(2));
} else {
  try {
    require('tsx/cjs');
  } catch {
    console.error('cermat: not built yet. Run "npm run build:cli" first.');
    process.exit(2);
  }
  require(path.join(__dirname, '..', 'src', 'cli', 'main.ts')).main(process.argv.slice(2));
}
