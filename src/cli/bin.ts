/** `dist/cli.js`, the package's `bin`: the command, run on this process. */
import { clean } from './explain';
import { NODE_IO, run } from './main';

// Output piped into a command that stops reading (`| head`): the rest is not wanted.
process.stdout.on('error', () => process.exit(process.exitCode ?? 0));
// Whatever escapes `run` still ends in one clean line, never a stack trace.
process.on('uncaughtException', (error) => {
  process.stderr.write(`faceid-guidance: ${clean(error?.message ?? error, 200)}\n`);
  process.exit(1);
});

process.exitCode = run(process.argv.slice(2), NODE_IO);
