#!/usr/bin/env bash
# ctest's brief run of one harness: HARNESS CORPUS SECONDS [-dict=FILE]. New inputs and any
# reproducer go to a scratch directory, never into the seed corpus in the tree.
set -euo pipefail
harness=$1 corpus=$2 seconds=$3
shift 3
scratch=$(mktemp -d "${TMPDIR:-/tmp}/kiosk-fuzz-ci.XXXXXX")
trap 'rm -rf "$scratch/new"' EXIT
mkdir -p "$scratch/new" "$scratch/crash"
if ! "$harness" -max_total_time="$seconds" -timeout=25 -malloc_limit_mb=512 -rss_limit_mb=2048 \
    -artifact_prefix="$scratch/crash/" -print_final_stats=1 "$@" "$scratch/new" "$corpus"; then
  echo "fuzz: finding kept in $scratch/crash/: replay with $harness $scratch/crash/<file>" >&2
  exit 1
fi
rm -rf "$scratch"
