#!/usr/bin/env node
import { main } from './cli.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: Error) => {
    // A bug of ours, not a user mistake: say so, with what helps a report.
    process.stderr.write(`newsroom: unexpected error (please report it): ${error.stack ?? error.message}\n`);
    process.exitCode = 2;
  },
);
