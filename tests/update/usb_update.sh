#!/usr/bin/env bash
# End to end: a stick's files under a temporary --usb-root, the real kiosk under Xvfb with the
# script driver's `settle`, then `kiosk-content status` on its data directory. One valid newer
# bundle is applied; each bad one is refused, the kiosk stays on its content, and the reason is in
# the update log. Then the crash-consistency loop: SIGKILL after each step of an update, restart,
# and the kiosk must serve complete old or complete new content.
# Usage: usb_update.sh BUILD_DIR SOURCE_DIR [short]   (needs xvfb-run, sqlite3)
# "short" stops after the first three cases (applied, a flipped byte, a wrong key): the arm64 build
# runs those under emulation (tests/arm64), where each kiosk run takes a minute rather than seconds.
# EMULATOR, when set, runs the build's programs (e.g. qemu-aarch64); KIOSK_RUN_SECONDS bounds one
# kiosk run (150 by default).
set -euo pipefail
build=$1
src=$2
short=false
[ "${3:-}" = "short" ] && short=true
read -r -a emulator <<<"${EMULATOR:-}"
kc() { "${emulator[@]}" "$build/kiosk-content" "$@"; }
kiosk="$build/kiosk"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
failures=0
ok() { echo "ok - $1"; }
not_ok() { echo "not ok - $1"; failures=$((failures + 1)); }

kc keygen -p key.pub -s key.sec >/dev/null 2>&1
kc keygen -p stranger.pub -s stranger.sec >/dev/null 2>&1
pin_line=$(kc pin-hash 2468)
cat > kiosk.toml <<TOML
[update]
trusted_keys = ["$(tail -n 1 key.pub)"]
max_bundle_mb = 64
[staff]
$pin_line
TOML
for v in 1 2 3; do
  kc build --sources "$src" --version "$v" -o "b$v.kbundle" >/dev/null 2>&1
  kc sign --key key.sec "b$v.kbundle" >/dev/null
done
printf 'settle\nshot home\n' > settle.kscript

# run_kiosk DATA STICK [ENV...]: one scripted run that settles what is on the stick
# (under `timeout`: a kiosk stuck on a stick's FIFO would otherwise hang the test for ever)
run_kiosk() {
  local data=$1 stick=$2
  shift 2
  timeout -k 10 "${KIOSK_RUN_SECONDS:-150}" env "$@" xvfb-run -a -s "-screen 0 1280x800x24" "${emulator[@]}" "$kiosk" --data-dir "$data" --config kiosk.toml \
    --usb-root "$stick" --window 1280x800 --script settle.kscript --shots "$data-shots" >>kiosk.log 2>&1
}
# put STICK FILE [NAME]: the bundle and its signature on a fresh stick, in kiosk/
put() {
  rm -rf "$1"
  mkdir -p "$1/KIOSKSTICK/kiosk"
  cp "$2" "$1/KIOSKSTICK/kiosk/${3:-content.kbundle}"
  cp "$2.minisig" "$1/KIOSKSTICK/kiosk/${3:-content.kbundle}.minisig"
}
current() { kc status "$1" 2>/dev/null | head -n 1; }
# A data directory on version 2, for each refusal to start from.
put stick b1.kbundle && run_kiosk base stick || true
put stick b2.kbundle && run_kiosk base stick || true
case "$(current base)" in
  *"version 2"*complete*) ok "a valid newer bundle is applied (1, then 2)" ;;
  *) not_ok "a valid newer bundle is applied: $(current base)" ;;
esac

# refused CASE FILE [ENV...]: the kiosk stays on version 2 and logs why
refused() {
  local name=$1 file=$2
  shift 2
  rm -rf "d-$name" && cp -a base "d-$name"
  put "s-$name" "$file"
  run_kiosk "d-$name" "s-$name" "$@" || true
  local status reason
  status=$(kc status "d-$name" 2>/dev/null || true)
  reason=$(printf '%s\n' "$status" | grep -m 1 'rejected' || true)
  if [[ "$(current "d-$name")" == *"version 2"*complete* && -n "$reason" ]]; then
    ok "refused, content unchanged: $name (${reason#*: })"
  else
    not_ok "refused: $name: $status"
  fi
}
cp b3.kbundle flipped.kbundle && cp b3.kbundle.minisig flipped.kbundle.minisig
printf '\x55' | dd of=flipped.kbundle bs=1 seek=40000 conv=notrunc status=none
refused "one flipped byte" flipped.kbundle
cp b3.kbundle stranger.kbundle && kc sign --key stranger.sec stranger.kbundle >/dev/null
refused "a wrong key" stranger.kbundle
if $short; then
  echo "$((3 - failures)) passed, $failures failed"
  exit $((failures > 0))
fi
kc build --sources "$src" --version 1 -o old.kbundle >/dev/null 2>&1 # not the installed version 1
kc sign --key key.sec old.kbundle >/dev/null
refused "a valid but older bundle" old.kbundle
cp b3.kbundle short.kbundle && cp b3.kbundle.minisig short.kbundle.minisig && truncate -s 100000 short.kbundle
refused "a truncated file" short.kbundle
head -c 300000 /dev/urandom > noise.kbundle
schema=$(sqlite3 b3.kbundle "SELECT value FROM meta WHERE key = 'schema_version'")
claim3="kiosk-bundle id=fr-ofii-paris version=3 date=$(date -u +%F) schema=$schema"
minisign -S -s key.sec -m noise.kbundle -t "$claim3" </dev/null >/dev/null
refused "a file that is not SQLite" noise.kbundle
cp b3.kbundle view.kbundle && sqlite3 view.kbundle "CREATE VIEW v AS SELECT 1; CREATE TRIGGER t AFTER INSERT ON meta BEGIN SELECT 1; END;"
minisign -S -s key.sec -m view.kbundle -t "$claim3" </dev/null >/dev/null
refused "a signed SQLite file with a trigger or a view" view.kbundle
sed -i 's/max_bundle_mb = 64/max_bundle_mb = 1/' kiosk.toml
refused "a file over the size cap" b3.kbundle
sed -i 's/max_bundle_mb = 1/max_bundle_mb = 64/' kiosk.toml
refused "a stick pulled out mid-copy" b3.kbundle KIOSK_PULL_STICK_AFTER_BYTES=1000000

# refused_stick CASE MAKE: like refused, on a stick whose kiosk/ folder MAKE fills (run in it); the
# kiosk must answer at once, not wait on a FIFO, and still take a sound bundle put beside it.
refused_stick() {
  local name=$1 make=$2 started
  rm -rf "d-$name" "s-$name" && cp -a base "d-$name"
  mkdir -p "s-$name/KIOSKSTICK/kiosk"
  (cd "s-$name/KIOSKSTICK/kiosk" && eval "$make")
  started=$(date +%s)
  run_kiosk "d-$name" "s-$name" || true
  local took=$(($(date +%s) - started)) status reason
  status=$(kc status "d-$name" 2>/dev/null || true)
  reason=$(printf '%s\n' "$status" | grep -m 1 'rejected' || true)
  if [[ "$(current "d-$name")" == *"version 2"*complete* && -n "$reason" && $took -lt 140 ]]; then
    ok "refused at once, content unchanged: $name (${reason#*: })"
  else
    not_ok "refused at once: $name (${took}s): $status"
  fi
}
here=$PWD
refused_stick "a FIFO as the signature" "cp '$here/b3.kbundle' content.kbundle && mkfifo content.kbundle.minisig"
refused_stick "a FIFO as the bundle" "mkfifo content.kbundle && cp '$here/b3.kbundle.minisig' content.kbundle.minisig"
refused_stick "a symbolic link as the bundle" \
  "ln -s '$here/b3.kbundle' content.kbundle && cp '$here/b3.kbundle.minisig' content.kbundle.minisig"
refused_stick "a folder as the bundle" "mkdir content.kbundle && cp '$here/b3.kbundle.minisig' content.kbundle.minisig"
refused_stick "a huge sparse signature" \
  "cp '$here/b3.kbundle' content.kbundle && truncate -s 1T content.kbundle.minisig"

# Crash consistency: killed after each step, restarted without the fault, then with the stick.
for step in copied verified checked stored switched; do
  rm -rf "c-$step" && cp -a base "c-$step"
  put "cs-$step" b3.kbundle
  run_kiosk "c-$step" "cs-$step" "KIOSK_CRASH_AFTER=$step" || true
  after_crash=$(current "c-$step")
  mkdir -p empty
  run_kiosk "c-$step" empty || true
  restarted=$(current "c-$step")
  run_kiosk "c-$step" "cs-$step" || true
  finally=$(current "c-$step")
  if [[ "$after_crash" =~ version\ [23].*complete && "$restarted" =~ version\ [23].*complete &&
        "$finally" == *"version 3"*complete* && -z "$(ls "c-$step/staging" 2>/dev/null)" ]]; then
    ok "killed after '$step': complete ${after_crash#current: }, then version 3 once the stick is back"
  else
    not_ok "killed after '$step': '$after_crash' / '$restarted' / '$finally'"
  fi
done

if ((failures > 0)); then
  echo "--- kiosk log"
  tail -n 40 kiosk.log
fi
echo "$((18 - failures)) passed, $failures failed"
exit $((failures > 0))
