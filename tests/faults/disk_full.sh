#!/usr/bin/env bash
# Faults on the data directory, each on its own small tmpfs in a private mount namespace (the
# mounts vanish with the test): a visit in French and in Arabic while state.db cannot be written,
# on a data directory full from the start, on one remounted read-only; the staff PIN on a full
# disk (the lock-out holds, the saved count is never reset); a USB update too large for the disk
# (refused with a plain reason, the old content in use and intact, nothing half-written left).
# Needs root for mount and unshare: without them it fails, it does not skip.
# Usage: disk_full.sh BUILD_DIR SOURCE_DIR   (needs xvfb-run, sqlite3, fallocate)
set -euo pipefail
if [[ -z "${KIOSK_FAULTS_PRIVATE:-}" ]]; then
  if [[ $(id -u) != 0 ]]; then
    echo "not ok - the fault tests mount small tmpfs disks and need root (CI runs them as root)"
    exit 1
  fi
  KIOSK_FAULTS_PRIVATE=1 exec unshare --mount --propagation private "$0" "$@"
fi
build=$(cd "$1" && pwd)
src=$(cd "$2" && pwd)
kc="$build/kiosk-content"
kiosk="$build/kiosk"
bundle="$build/content.kbundle"
work=$(mktemp -d)
trap 'for m in "$work"/disk-*; do umount "$m" 2>/dev/null || true; done; rm -rf "$work"' EXIT
cd "$work"
failures=0
passed=0
ok() { echo "ok - $1"; passed=$((passed + 1)); }
not_ok() { echo "not ok - $1"; failures=$((failures + 1)); }

# disk NAME SIZE: a fresh tmpfs of that size at $work/disk-NAME; failing to mount fails the test.
disk() {
  mkdir -p "disk-$1"
  if ! mount -t tmpfs -o "size=$2" tmpfs "disk-$1"; then
    echo "not ok - cannot mount a tmpfs: these tests need root and mount permission"
    exit 1
  fi
}
# fill_leaving DIR KB: a filler file takes all but KB of the disk.
fill_leaving() {
  local avail
  avail=$(df -k --output=avail "$1" | tail -n 1 | tr -d ' ')
  fallocate -l $(((avail - $2) * 1024)) "$1/filler"
}
# kiosk_run LOG DATA SCRIPT [ARGS...]: the kiosk on the test bundle, a scripted run.
kiosk_run() {
  local log=$1 data=$2 script=$3
  shift 3
  xvfb-run -a -s "-screen 0 1920x1080x24" "$kiosk" --data-dir "$data" --window 1920x1080 --display-mm 476 \
    --script "$script" --now "2026-12-03 10:00" "$@" >"$log" 2>&1
}
said() { grep -c "$2" "$1" || true; }

# The visit: every topic in French, the idle reset back to the picker, every topic in Arabic. Its
# taps and ids, not its wording: what is under test is that the visit goes on, not its texts.
{
  grep -vE '^(shot|expect) ' "$src/tests/e2e/visit_every_topic_fr.kscript"
  printf 'wait 200000\nexpect-id lang.ar\n'
  grep -vE '^(shot|expect) ' "$src/tests/e2e/visit_every_topic_ar.kscript"
  printf 'expect-id topic.shelter\n'
} > visit.kscript
printf 'tap lang.fr\nexpect-id topic.shelter\n' > first.kscript

# 1. state.db opens (the disk has room for its shared-memory file) but no write fits: the daily
#    counters are lost, said once, and both visits complete.
disk state 4m
kiosk_run first.log disk-state first.kscript --content "$bundle" || true
fill_leaving disk-state 32
if kiosk_run state.log disk-state visit.kscript --content "$bundle"; then
  if [[ $(said state.log "no daily figures will be kept") == 0 && $(said state.log "cannot be written") == 1 ]]; then
    ok "state.db full mid-visit: French and Arabic visits complete, the failure said once"
  else
    not_ok "state.db full: the visit completed but the log says: $(tr '\n' ' ' < state.log | cut -c 1-400)"
  fi
else
  not_ok "state.db full: the visit did not complete: $(tail -n 5 state.log | tr '\n' ' ')"
fi

# 2. The data directory full from the start: no state at all, visitors still served.
disk full 1m
fill_leaving disk-full 0
if kiosk_run full.log disk-full visit.kscript --content "$bundle"; then
  ok "data directory full from the start: both visits complete ($(grep -m 1 -o 'no daily figures will be kept' full.log || echo 'no message'))"
else
  not_ok "data directory full from the start: $(tail -n 5 full.log | tr '\n' ' ')"
fi

# 3. The data directory remounted read-only after a first run (an I/O error turns ext4 read-only).
disk ro 4m
kiosk_run ro-first.log disk-ro first.kscript --content "$bundle" || true
mount -o remount,ro disk-ro
if kiosk_run ro.log disk-ro visit.kscript --content "$bundle"; then
  ok "data directory read-only: both visits complete"
else
  not_ok "data directory read-only: $(tail -n 5 ro.log | tr '\n' ' ')"
fi

# 4. The staff PIN. Three wrong PINs lock the pad; then the disk fills. Once the lock has run out,
#    no try can be counted, so none is checked: a wrong PIN and the right one are both refused
#    with the reason, and the saved count of 3 wrong PINs is neither lost nor reset. Once there
#    is room again, the right PIN opens the panel.
printf '[staff]\n%s\n' "$("$kc" pin-hash 2468)" > staff.toml
cat > pin-lock.kscript <<'SCRIPT'
press staff.corner 3200
type 1111
tap staff.ok
type 1111
tap staff.ok
type 1111
tap staff.ok
expect Trop d'essais : réessayez dans 30 s.
SCRIPT
cat > pin-full.kscript <<'SCRIPT'
wait 60000
press staff.corner 3200
type 1111
tap staff.ok
expect Le kiosque ne peut pas enregistrer cet essai
type 2468
tap staff.ok
expect Le kiosque ne peut pas enregistrer cet essai
expect-no Contenu en service
SCRIPT
cat > pin-right.kscript <<'SCRIPT'
wait 60000
press staff.corner 3200
type 2468
tap staff.ok
expect Contenu en service
SCRIPT
disk pin 4m
kiosk_run pin1.log disk-pin pin-lock.kscript --content "$bundle" --config staff.toml &&
  ok "three wrong PINs lock the pad" || not_ok "three wrong PINs lock the pad: $(tail -n 3 pin1.log | tr '\n' ' ')"
fill_leaving disk-pin 32
kiosk_run pin2.log disk-pin pin-full.kscript --content "$bundle" --config staff.toml &&
  ok "disk full: a PIN try that cannot be counted is refused unchecked, the right PIN too" ||
  not_ok "disk full: the PIN pad: $(tail -n 3 pin2.log | tr '\n' ' ')"
# Read without writing (immutable): a WAL database's reader may need a -shm file the full disk refuses.
saved=$(sqlite3 "file:disk-pin/state.db?immutable=1" "SELECT value FROM setting WHERE key = 'staff.failures'")
[[ "$saved" == 3 ]] && ok "the saved count of wrong PINs is still 3" || not_ok "the saved count is '$saved', not 3"
rm disk-pin/filler
kiosk_run pin3.log disk-pin pin-right.kscript --content "$bundle" --config staff.toml &&
  ok "room again: the right PIN opens the panel" ||
  not_ok "room again: the right PIN: $(tail -n 3 pin3.log | tr '\n' ' ')"

# 5. A USB update larger than the free space: refused with the reason, version 1 still in use
#    and unchanged, nothing left in staging, no stray signature, the install records intact.
"$kc" keygen -p key.pub -s key.sec >/dev/null 2>&1
printf '[update]\ntrusted_keys = ["%s"]\n' "$(tail -n 1 key.pub)" > update.toml
for v in 1 2; do
  cp "$bundle" "b$v.kbundle"
  sqlite3 "b$v.kbundle" "UPDATE meta SET value = '$v' WHERE key = 'version'"
  "$kc" sign --key key.sec "b$v.kbundle" >/dev/null
done
printf 'settle\n' > settle.kscript
stick() { rm -rf stick && mkdir -p stick/STICK/kiosk && cp "$1" "$1.minisig" stick/STICK/kiosk/; }
update_run() { # LOG: a kiosk on its installed content that settles what the stick holds
  xvfb-run -a -s "-screen 0 1280x800x24" "$kiosk" --data-dir disk-update --config update.toml \
    --usb-root stick --window 1280x800 --script settle.kscript >"$1" 2>&1
}
disk update $(($(stat -c %s "$bundle") * 3 / 2 / 1024))k
stick b1.kbundle && update_run update1.log || true
before=$(cd disk-update && find . -path ./state.db -prune -o -path ./state.db-wal -prune -o -path ./state.db-shm -prune -o -type f -print0 | sort -z | xargs -0 sha256sum)
installs_before=$(sqlite3 disk-update/state.db "SELECT count(*) FROM install")
stick b2.kbundle
if update_run update2.log; then
  after=$(cd disk-update && find . -path ./state.db -prune -o -path ./state.db-wal -prune -o -path ./state.db-shm -prune -o -type f -print0 | sort -z | xargs -0 sha256sum)
  status=$("$kc" status disk-update 2>/dev/null || true)
  reason=$(grep -m 1 'rejected' update2.log || true)
  if [[ "$(printf '%s\n' "$status" | head -n 1)" == *"version 1"*complete* && "$before" == "$after" &&
        -z "$(ls -A disk-update/staging 2>/dev/null)" && "$reason" == *"MB free"* &&
        "$(sqlite3 disk-update/state.db "SELECT count(*) FROM install")" == "$installs_before" &&
        "$status" == *"rejected"* ]]; then
    ok "an update too large for the disk is refused, version 1 in use and intact (${reason#*: })"
  else
    not_ok "an update too large for the disk: reason '$reason'; status: $status; files before/after equal: $([[ "$before" == "$after" ]] && echo yes || echo no); staging: $(ls -A disk-update/staging 2>/dev/null | tr '\n' ' ')"
  fi
else
  not_ok "an update too large for the disk stopped the kiosk: $(tail -n 5 update2.log | tr '\n' ' ')"
fi

echo "$passed passed, $failures failed"
exit $((failures > 0))
