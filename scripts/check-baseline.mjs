// `npm run check:baseline` (after the build; CI runs it from scripts/ci-package.sh): every browser
// file of the package parses on the declared baseline, Chrome 66 / iOS 12 (README): ES2018 syntax,
// with `import()` and `import.meta`, which those engines run. Acorn parses each file as ES2020 (so
// that anything newer fails to parse) and its tokens are searched for ES2020's `?.`, `??` and
// BigInt literals. The command-line tool (`dist/cli.js`, `dist/cli/`) runs on Node and is left out.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, tokenizer, tokTypes } from 'acorn';

const dist = join(import.meta.dirname, '..', 'dist');

/** Every .js and .cjs file under `dir`. */
function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return walk(path);
    return /\.c?js$/.test(entry.name) ? [path] : [];
  });
}

const NODE_ONLY = /^cli(\.js$|\/)/;
const files = walk(dist).filter((file) => !NODE_ONLY.test(relative(dist, file)));
const problems = [];
for (const file of files) {
  const code = readFileSync(file, 'utf8');
  const options = {
    ecmaVersion: 2020,
    sourceType: file.endsWith('.cjs') ? 'script' : 'module',
    allowHashBang: true,
    locations: true,
  };
  const name = relative(dist, file);
  try {
    parse(code, options);
  } catch (error) {
    problems.push(`${name}: newer than ES2020: ${error.message}`);
    continue;
  }
  for (const token of tokenizer(code, options)) {
    const newer =
      token.type === tokTypes.questionDot
        ? '?.'
        : token.type === tokTypes.coalesce
          ? '??'
          : typeof token.value === 'bigint'
            ? 'a BigInt literal'
            : undefined;
    if (newer) problems.push(`${name}:${token.loc.start.line}: ${newer} (ES2020)`);
  }
}
if (problems.length > 0) {
  console.error(`Not on the baseline (Chrome 66 / iOS 12: ES2018 syntax):\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`${files.length} files of dist/ parse as ES2018 (with import() and import.meta).`);
