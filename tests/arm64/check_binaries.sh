#!/usr/bin/env bash
# Checks that a cross-build made what it claims: each program is an arm64 ELF file, arm64 code runs
# here under the emulator (so the other tests run what a board would), and the kiosk carries Dear ImGui's OpenGL ES 3 backend, not the desktop one from Debian's libimgui.a
# (that one has its own GL loader, imgl3w).
# Usage: check_binaries.sh NM EMULATOR KIOSK KIOSK_CONTENT [PROGRAM...]
set -euo pipefail
nm=$1 emulator=$2 kiosk=$3 kiosk_content=$4
shift 2
failures=0
for program in "$@"; do
  description=$(file -L "$program")
  if [[ "$description" == *"ELF 64-bit"*"ARM aarch64"* ]]; then
    echo "ok - $(basename "$program") is arm64: ${description#*: }"
  else
    echo "not ok - $(basename "$program") is not arm64: $description"; failures=$((failures + 1))
  fi
done
# The emulator runs arm64 code here: kiosk-content answers as it does natively.
answer=$("$emulator" "$kiosk_content" hours "Mo-Fr 09:00-17:00" --at "2026-11-24 10:00" 2>&1 || true)
if [[ "$answer" == "open now"* ]]; then
  echo "ok - $(basename "$kiosk_content") runs under $emulator: $answer"
else
  echo "not ok - $(basename "$kiosk_content") under $emulator: $answer"; failures=$((failures + 1))
fi
symbols=$("$nm" -C "$kiosk")
if grep -q 'ImGui_ImplOpenGL3_Init' <<<"$symbols" && ! grep -qi 'imgl3w' <<<"$symbols"; then
  echo "ok - the kiosk draws through the OpenGL ES 3 backend (no desktop GL loader inside)"
else
  echo "not ok - the kiosk carries the desktop OpenGL backend"; failures=$((failures + 1))
fi
echo "$(( $# + 2 - failures)) passed, $failures failed"
exit $((failures > 0))
