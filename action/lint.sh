#!/usr/bin/env bash
# The CI step of `plan`, shared by the reusable action (action.yml), this repository's workflow
# and the workflow `plan init` writes. It never stops half-way: the SARIF of the whole corpus is
# written even when the changed-files lint cannot run, and the exit code says whether the check
# fails (1: problems found; 2: plan could not run).
#
# Environment (all optional):
#   PLAN                 how to run plan (default: npx --no-install plan)
#   INPUT_CORPUS         the corpus folder (default: corpus)
#   INPUT_CHANGED_ONLY   on pull requests, annotate only the files changed since the base branch
#                        and those that link to them (default: true)
#   INPUT_SARIF          where to write the SARIF of the whole corpus; empty: none (default:
#                        plan-lint.sarif)
#   GITHUB_EVENT_NAME, GITHUB_BASE_REF, GITHUB_OUTPUT   as GitHub Actions sets them
set -u
PLAN=${PLAN:-npx --no-install plan}
corpus=${INPUT_CORPUS:-corpus}
changed_only=${INPUT_CHANGED_ONLY:-true}
sarif=${INPUT_SARIF-plan-lint.sarif}
worst=0
note() { [ "$1" -gt "$worst" ] && worst=$1; }

annotated=0
if [ "${GITHUB_EVENT_NAME:-}" = pull_request ] && [ "$changed_only" = true ] && [ -n "${GITHUB_BASE_REF:-}" ]; then
  echo "plan lint: the files changed since origin/$GITHUB_BASE_REF (and the files that link to them)"
  $PLAN --corpus "$corpus" lint --changed "origin/$GITHUB_BASE_REF" --format github
  rc=$?
  if [ $rc -le 1 ]; then annotated=1; note $rc
  else echo "::warning::plan lint --changed could not compare with origin/$GITHUB_BASE_REF (exit $rc); annotating the whole corpus instead"
  fi
fi
if [ $annotated = 0 ]; then
  echo "plan lint: the whole corpus"
  $PLAN --corpus "$corpus" lint --format github
  note $?
fi

if [ -n "$sarif" ]; then
  tmp="$sarif.partial"
  $PLAN --corpus "$corpus" lint --format sarif > "$tmp"
  rc=$?
  if [ $rc -le 1 ]; then mv -f "$tmp" "$sarif"; note $rc
  else rm -f "$tmp"; echo "::error::plan lint --format sarif failed (exit $rc); no SARIF written"; note 2
  fi
fi

[ -n "${GITHUB_OUTPUT:-}" ] && { echo "exit-code=$worst"; [ -n "$sarif" ] && [ -f "$sarif" ] && echo "sarif=$sarif"; } >> "$GITHUB_OUTPUT"
exit $worst
