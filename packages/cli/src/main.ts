// The `backofficer` command (bin). All work happens in run(); this file only connects it to the process.
import { run } from './run.js';

run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
