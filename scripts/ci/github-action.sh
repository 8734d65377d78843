#!/usr/bin/env bash
# The GitHub Action's work (action.yml): check the paths, write SARIF for code scanning and a Markdown job summary,
# record the outputs, and exit as the CLI does: 0 nothing at or above the threshold, 1 findings, 2 input errors.
# Inputs come as environment variables so a test can run this outside GitHub:
#   PLUMBLINE_PATHS (space-separated, default .), PLUMBLINE_FAIL_ON (default high), PLUMBLINE_SARIF (default plumbline.sarif),
#   PLUMBLINE_ARGS (extra check options, e.g. "--param Env=prod"), PLUMBLINE_VERSION (the plumbline-cli release to run),
#   PLUMBLINE_CLI (a plumbline.mjs to run instead of the release, for tests and forks).
set -uo pipefail

read -ra paths <<< "${PLUMBLINE_PATHS:-.}"
read -ra extra <<< "${PLUMBLINE_ARGS:-}"
fail_on=${PLUMBLINE_FAIL_ON:-high}
sarif=${PLUMBLINE_SARIF:-plumbline.sarif}

plumbline() {
  if [ -n "${PLUMBLINE_CLI:-}" ]; then node "$PLUMBLINE_CLI" "$@"
  else npx --yes "plumbline-cli@${PLUMBLINE_VERSION:?set PLUMBLINE_VERSION or PLUMBLINE_CLI}" "$@"
  fi
}

plumbline check "${paths[@]}" "${extra[@]}" --format sarif --output "$sarif" --fail-on "$fail_on" --quiet
status=$?

# The summary never decides the outcome (--fail-on none); the SARIF run above did.
if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
  plumbline check "${paths[@]}" "${extra[@]}" --format markdown --fail-on none --quiet >> "$GITHUB_STEP_SUMMARY" 2>/dev/null
  echo >> "$GITHUB_STEP_SUMMARY"
fi

if [ -n "${GITHUB_OUTPUT:-}" ]; then
  { echo "sarif-file=$sarif"; echo "exit-code=$status"; } >> "$GITHUB_OUTPUT"
fi

case $status in
  0) echo "plumbline: nothing at or above $fail_on" ;;
  1) echo "::error title=Plumbline::findings at or above $fail_on; see the job summary and code scanning" ;;
  *) echo "::error title=Plumbline::some files could not be checked (exit $status); see the log above" ;;
esac
exit "$status"
