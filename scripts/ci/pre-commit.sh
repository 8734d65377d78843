#!/usr/bin/env bash
# The pre-commit hook (.pre-commit-hooks.yaml): pre-commit passes the staged files its `files:` pattern matches.
# YAML and JSON files that are not CloudFormation are skipped quietly; hook `args:` come last, so they override
# the default threshold (e.g. args: [--fail-on, critical]). PLUMBLINE_CLI runs a local plumbline.mjs instead of the release.
set -euo pipefail
version=0.1.0
if [ -n "${PLUMBLINE_CLI:-}" ]; then exec node "$PLUMBLINE_CLI" check --quiet --fail-on high "$@"
else exec npx --yes "plumbline-cli@$version" check --quiet --fail-on high "$@"
fi
