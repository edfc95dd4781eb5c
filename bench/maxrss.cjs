// Preloaded with `node --require` when /usr/bin/time is missing: on exit, write this process's
// peak resident set size (KiB, as /usr/bin/time's %M) to $BENCH_MAXRSS_FILE.
'use strict';
const fs = require('node:fs');
const file = process.env.BENCH_MAXRSS_FILE;
if (file) {
  process.on('exit', () => {
    try { fs.writeFileSync(file, `${process.resourceUsage().maxRSS}\n`); } catch { /* the bench reports a missing value */ }
  });
}
