#!/usr/bin/env bash
# End to end: the staff panel. A visit is counted; a long press on the picker's corner asks for
# the PIN; three wrong PINs lock the pad, and the lock survives a restart; the right PIN opens the
# panel, which rolls back to the previous version and exports the figures to the stick. Then:
# the export has nothing finer than a day, and the audit log has the staff actions.
# Usage: staff_panel.sh BUILD_DIR   (needs xvfb-run, sqlite3)
set -euo pipefail
build=$1
kc="$build/kiosk-content"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
failures=0
check() { if eval "$2"; then echo "ok - $1"; else echo "not ok - $1"; failures=$((failures + 1)); fi; }

"$kc" keygen -p key.pub -s key.sec >/dev/null 2>&1
printf '[update]\ntrusted_keys = ["%s"]\n[staff]\n%s\n' "$(tail -n 1 key.pub)" "$("$kc" pin-hash 2468)" > kiosk.toml
mkdir -p stick/STICK/kiosk
for v in 1 2; do # the same content under two versions: sqlite3 sets the version the claim names
  cp "$build/content.kbundle" "b$v.kbundle"
  sqlite3 "b$v.kbundle" "UPDATE meta SET value = '$v' WHERE key = 'version'"
  "$kc" sign --key key.sec "b$v.kbundle" >/dev/null
done
cp b1.kbundle b1.kbundle.minisig stick/STICK/kiosk/

cat > first.kscript <<'SCRIPT'
settle
tap lang.fr
tap topic.papers
tap choice.papers.status.4
wait 110000
press staff.corner 3200
expect Code du personnel
type 1111
tap staff.ok
expect Code incorrect.
type 1111
tap staff.ok
type 1111
tap staff.ok
expect Trop d'essais : réessayez dans 30 s.
SCRIPT
cat > second.kscript <<'SCRIPT'
settle
expect Informations mises à jour · fr-ofii-paris 2
press staff.corner 3200
type 2468
tap staff.ok
expect Trop d'essais
wait 31000
type 2468
tap staff.ok
expect Contenu en service
expect fr-ofii-paris, version 2
shot panel
tap staff.rollback.fr-ofii-paris-v1.kbundle
expect Retour à kiosk-bundle id=fr-ofii-paris version=1
tap staff.export
expect Chiffres écrits sur la clé
shot exported
tap staff.change_pin
expect Tapez le code actuel.
type 2468
tap staff.ok
type 1357
tap staff.ok
expect Tapez encore le nouveau code.
type 1357
tap staff.ok
expect Code changé.
tap staff.close
expect-id lang.fr
press staff.corner 3200
type 1357
tap staff.ok
expect Contenu en service
tap more.staff.installed
expect Fin ou relecture dans les 60 jours
SCRIPT
run() {
  xvfb-run -a -s "-screen 0 1920x1080x24" "$build/kiosk" --data-dir data --config kiosk.toml --usb-root stick \
    --window 1920x1080 --script "$1" --shots shots >>kiosk.log 2>&1
}
check "three wrong PINs lock the pad" "run first.kscript"
cp b2.kbundle b2.kbundle.minisig stick/STICK/kiosk/ # version 2 arrives on the stick
check "the lock survives a restart; the right PIN then opens the panel; rollback and export work" "run second.kscript"
check "the kiosk is back on version 1" '[[ "$("$kc" status data | head -n 1)" == *"version 1"*complete* ]]'
csv=$(ls stick/STICK/kiosk/kiosk-figures-*.csv 2>/dev/null | head -n 1)
check "the figures were exported" '[[ -n "$csv" ]] && grep -q "^day,what,value,count" "$csv"'
check "the export has nothing finer than a day" \
  '! tail -n +2 "$csv" | tr -d "\r" | grep -qvE "^[0-9]{4}-[0-9]{2}-[0-9]{2},[a-z]+,[^,]*,[0-9]+$" && ! grep -qE "[0-9]{2}:[0-9]{2}" "$csv"'
check "the visit was counted (language, topic, result, QR code shown)" \
  'grep -q ",language,fr,1" "$csv" && grep -q ",topic,papers,1" "$csv" && grep -q ",qr,result,1" "$csv"'
audit=$(sqlite3 data/state.db "SELECT group_concat(action, '|') FROM (SELECT action FROM audit ORDER BY id)")
check "the audit log has the staff actions, never the PIN: $audit" \
  '[[ "$audit" == *"pin refused"*"pin locked out"*"pin accepted"*"rollback"*"figures exported"*"pin changed"*"panel closed"*"pin accepted" ]] &&
   ! sqlite3 data/state.db "SELECT detail FROM audit" | grep -qE "2468|1357"'
if ((failures > 0)); then tail -n 30 kiosk.log; fi
echo "$((7 - failures)) passed, $failures failed"
exit $((failures > 0))
