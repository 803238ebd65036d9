/** `dist/cli.js`, the package's `bin`: the command, run on this process. */
import { NODE_IO, run } from './main';

process.exitCode = run(process.argv.slice(2), NODE_IO);
