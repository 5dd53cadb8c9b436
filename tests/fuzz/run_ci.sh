#!/usr/bin/env bash
# ctest's run of one harness: HARNESS CORPUS RUNS [-dict=FILE]. The seeds, then mutations of them
# up to RUNS inputs in all, always from the same random seed, so every CI run tries the same
# inputs. New inputs and any reproducer go to a temporary directory, never into the seed corpus
# in the tree; a reproducer is kept there and named.
set -euo pipefail
harness=$1 corpus=$2 runs=$3
shift 3
work=$(mktemp -d "${TMPDIR:-/tmp}/kiosk-fuzz-ci.XXXXXX")
mkdir -p "$work/new" "$work/crash"
if ! "$harness" -seed=1 -runs="$runs" -print_final_stats=1 -timeout=25 -malloc_limit_mb=512 \
  -rss_limit_mb=2048 -artifact_prefix="$work/crash/" "$@" "$work/new" "$corpus"; then
  rm -rf "$work/new"
  echo "fuzz: finding kept in $work/crash/: replay with $harness $work/crash/<file>" >&2
  exit 1
fi
rm -rf "$work"
