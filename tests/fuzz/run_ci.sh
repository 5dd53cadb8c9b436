#!/usr/bin/env bash
# ctest's brief run of one harness: HARNESS CORPUS SECONDS [-dict=FILE]. SECONDS 0 replays the
# seeds only. New inputs and any reproducer go to a scratch directory, never into the seed corpus
# in the tree; a reproducer is kept there and named.
set -euo pipefail
harness=$1 corpus=$2 seconds=$3
shift 3
scratch=$(mktemp -d "${TMPDIR:-/tmp}/kiosk-fuzz-ci.XXXXXX")
mkdir -p "$scratch/new" "$scratch/crash"
limits=(-timeout=25 -malloc_limit_mb=512 -rss_limit_mb=2048 -artifact_prefix="$scratch/crash/")
if [ "$seconds" -eq 0 ]; then
  run=("$harness" -runs=0 "${limits[@]}" "$@" "$corpus")
else
  run=("$harness" -max_total_time="$seconds" -print_final_stats=1 "${limits[@]}" "$@" "$scratch/new" "$corpus")
fi
if ! "${run[@]}"; then
  rm -rf "$scratch/new"
  echo "fuzz: finding kept in $scratch/crash/: replay with $harness $scratch/crash/<file>" >&2
  exit 1
fi
rm -rf "$scratch"
