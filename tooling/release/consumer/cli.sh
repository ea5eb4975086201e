#!/usr/bin/env bash
# The published tilskudd binary, as a team would run it from node_modules/.bin.
set -euo pipefail
npx --no-install tilskudd example status-report --call 2024 > status-report.json
npx --no-install tilskudd validate status-report.json
npx --no-install tilskudd schema final-report | node -e 'JSON.parse(require("fs").readFileSync(0,"utf8")).$id.endsWith("final-report.schema.json")||process.exit(1)'
if npx --no-install tilskudd validate package.json 2>/dev/null >/dev/null; then echo "cli: package.json was judged valid" >&2; exit 1; fi
echo 'cli: example, validate and schema work from the tarball'
