#!/usr/bin/env bash
# Package checks (the end of .ci/run): build the library, lint the package as published (publint,
# Are the Types Wrong), check the size budgets, install the tarball into fresh apps outside the
# repository (React 18 and 19, ESM and CJS), weigh the face page in a Vite production app
# (scripts/face-page: what the library makes it download, against its budget), install it into the
# example apps (examples/: Next.js App Router, webpack, the Vite H5 flow; built, served and checked
# in Chromium), and run the `faceid-guidance` command from the packed tarball (scripts/cli/run.mjs).
# Every check runs even when an earlier one fails (the build excepted); the script fails if any did.
set -euo pipefail
cd "$(dirname "$0")/.."

export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

failed=()
summary=()

# step NAME COMMAND...: runs a check, times it, records a failure.
step() {
  local name=$1
  shift
  local start=$SECONDS
  echo
  echo "=== ${name}: $*"
  if "$@"; then
    summary+=("ok    ${name} ($((SECONDS - start)) s)")
  else
    summary+=("FAIL  ${name} ($((SECONDS - start)) s)")
    failed+=("${name}")
  fi
}

step build npm run build
if [ ${#failed[@]} -gt 0 ]; then
  echo "The build failed: no package checks." >&2
  exit 1
fi
step lint:package npm run lint:package
step baseline npm run check:baseline
step size-limit npx size-limit
step cli npm run test:cli
step field npm run test:field
step face-page npm run test:face-page
step consumer npm run test:consumer
step examples npm run test:examples

echo
echo "=== package checks"
printf '%s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
  echo "Failed: ${failed[*]}" >&2
  exit 1
fi
