#!/usr/bin/env bash
# End to end through a real CUPS: starts cupsd with a configuration of its own in a temporary
# folder (three queues on the test backend capture-backend, behind cups-filters' generic PDF
# driver), runs the kiosk's print scripts against it, and reads the printed slips back: the PDF
# CUPS printed is rasterised (pdftoppm) and read by OCR (tesseract), so what is checked is what
# the ink says. Usage: cups_slips.sh BUILD_DIR (the kiosk and content.kbundle), OUT_DIR (shots
# and slips, kept to be looked at).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$1
out=$2
rm -rf "$out" && mkdir -p "$out"
work=$(mktemp -d /tmp/kiosk-cups.XXXXXX)
cupsd_pid=""
cleanup() {
    [ -n "${KEEP:-}" ] && { echo "kept $work"; return; }
    [ -n "$cupsd_pid" ] && kill "$cupsd_pid" 2>/dev/null && wait "$cupsd_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; [ -f "$work/log/error_log" ] && grep -E '^E' "$work/log/error_log" | tail -5 >&2; exit 1; }

# cupsd started by root runs filters and backends as lp, which must reach them and write the slips.
chmod 755 "$work"
mkdir -p "$work"/{conf/ppd,spool/tmp,cache,state,log,slips,bin/backend}
chmod 1777 "$work/slips" "$work/spool/tmp"
for d in filter daemon cgi-bin notifier monitor driver; do
    [ -e "/usr/lib/cups/$d" ] && ln -s "/usr/lib/cups/$d" "$work/bin/$d"
done
install -m 755 "$here/capture-backend" "$work/bin/backend/capture"
if [ "$(id -u)" -eq 0 ]; then user=lp group=lp; else user=$(id -un) group=$(id -gn); fi
sock="$work/cups.sock"
cat > "$work/conf/cups-files.conf" <<CONF
ServerRoot $work/conf
ServerBin $work/bin
RequestRoot $work/spool
TempDir $work/spool/tmp
CacheDir $work/cache
StateDir $work/state
AccessLog $work/log/access_log
ErrorLog $work/log/error_log
PageLog $work/log/page_log
User $user
Group $group
CONF
# The settings a kiosk's cupsd needs (README, "Printing a slip"): no document kept, nothing per job
# in the logs. The history is kept here for good (a kiosk keeps it 30 s): whatever job is left at
# the end, only the kiosk could have removed it, and did not.
cat > "$work/conf/cupsd.conf" <<CONF
Listen $sock
LogLevel warn
AccessLogLevel config
WebInterface No
Browsing No
PreserveJobHistory Yes
PreserveJobFiles No
LogDebugHistory 0
<Location />
Order allow,deny
Allow all
</Location>
<Policy default>
<Limit All>
Order deny,allow
</Limit>
</Policy>
CONF
# A receipt queue is raw, as a thermal printer's is when the kiosk's PDF goes to its own driver:
# the backend gets the slip as the kiosk made it. The office queue has cups-filters' generic PDF
# printer (pdftopdf is its filter), as a sheet printer has a PDF driver.
queue() { # name, PPD or "", then the printers.conf lines after DeviceURI
    [ -n "$2" ] && cp "$2" "$work/conf/ppd/$1.ppd"
    printf '<Printer %s>\nDeviceURI capture:%s/slips/%s.pdf\nAccepting Yes\nShared No\n%s\n</Printer>\n' \
        "$1" "$work" "$1" "$3" >> "$work/conf/printers.conf"
}
pdf_ppd=/usr/share/ppd/cupsfilters/Generic-PDF_Printer-PDF.ppd
queue slip "" "State Idle"
queue office "$pdf_ppd" "State Idle"
queue stopped "" "State Stopped
Reason paused"
queue nopaper "" "State Idle"
queue broken "" "State Idle
ErrorPolicy abort-job"
touch "$work/slips/nopaper.pdf.nopaper" "$work/slips/broken.pdf.broken"

/usr/sbin/cupsd -f -c "$work/conf/cupsd.conf" -s "$work/conf/cups-files.conf" &
cupsd_pid=$!
# The kiosk finds this server through its configuration alone ([print] server): CUPS_SERVER points
# nowhere for it. lpstat is told the server with -h.
lpstat() { command lpstat -h "$sock" "$@"; }
for _ in $(seq 50); do lpstat -p slip >/dev/null 2>&1 && break; sleep 0.2; done
lpstat -p slip >/dev/null 2>&1 || fail "cupsd did not start"

# One kiosk run: script name, queue, paper, and the screen (1920x1080 at 476 mm unless given).
# The slip the queue printed, if any, is kept as NAME.pdf.
run() {
    local name=$1 printer=$2 paper=$3 size=${4:-1920x1080} mm=${5:-476}
    cat > "$work/$name.toml" <<CONF
[staff]
pin_hash = "\$argon2id\$v=19\$m=19456,t=2,p=1\$JGqZNLcJBkZjo//cgCh8YQ\$YdonSAbbkTYI7FedEhPzG9twH9th6OixVwX/rTfmm4A"
[print]
printer = "$printer"
paper = "$paper"
server = "$sock"
CONF
    rm -f "$work/slips/$printer.pdf"
    CUPS_SERVER=/nonexistent/cups.sock xvfb-run -a -s "-screen 0 ${size}x24" "$build/kiosk" --content "$build/content.kbundle" \
        --data-dir "$work/data-$name" --config "$work/$name.toml" --window "$size" --display-mm "$mm" \
        --now "2026-12-03 10:00" --script "$here/${name%%@*}.kscript" --shots "$out/$name" ||
        fail "$name: the script failed"
    if [ -f "$work/slips/$printer.pdf" ]; then
        # The generic PDF driver wraps the PDF in PJL: from %PDF on is the document.
        python3 -c 'import sys; d=open(sys.argv[1],"rb").read(); open(sys.argv[2],"wb").write(d[d.find(b"%PDF"):])' \
            "$work/slips/$printer.pdf" "$out/$name.pdf"
        pdftoppm -r 300 -gray -png "$out/$name.pdf" "$out/$name"
    fi
}
ocr() { tesseract "$1" - -l "$2" --psm 4 2>/dev/null; }
# The slip's QR code, read as a phone's camera would (zbar), must carry the place and its phone.
qr_reads() {
    zbarimg -q --raw -Sbinary "$1" 2>/dev/null > "$1.qr.txt" || fail "$1: no QR code could be read"
    in_order "$1.qr.txt" "48, rue de la Roquette, 75011 Paris" "+33 1 55 28 19 40" ||
        fail "$1: the QR code does not carry the place (see $1.qr.txt)"
}
# Each expected piece of text appears in the OCR text, in this order (spaces are not compared).
in_order() {
    python3 - "$@" <<'PY'
import sys, unicodedata
marks = dict.fromkeys(map(ord, "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))
text = "".join(open(sys.argv[1], encoding="utf-8").read().translate(marks).split())
at = 0
for want in sys.argv[2:]:
    w = "".join(want.split())
    i = text.find(w, at)
    if i < 0:
        sys.exit(f"not found after position {at}: {want!r}")
    at = i + len(w)
PY
}

run print_fr slip 80mm
[ -f "$out/print_fr.pdf" ] || fail "print_fr: nothing was printed"
ocr "$out/print_fr-1.png" fra > "$out/print_fr.txt"
in_order "$out/print_fr.txt" "Appelez le 115" "115" "Ofii" "48, rue de la Roquette, 75011 Paris" "+33 1 55 28 19 40" \
    "Adresse : 48, rue de la Roquette, 75011" "Téléphone : +33 1 55 28 19 40" "Imprimé le 03/12/2026" ||
    fail "print_fr: the slip does not read as printed (see $out/print_fr.txt)"
qr_reads "$out/print_fr-1.png"
echo "print_fr: read back in order, QR code read"

run print_ar slip 58mm
[ -f "$out/print_ar.pdf" ] || fail "print_ar: nothing was printed"
ocr "$out/print_ar-1.png" ara+fra > "$out/print_ar.txt"
# OCR gives words in reading order: drawn left to right, "إيواء طالبي اللجوء" would come back as
# "اللجوء طالبي إيواء". The numbers keep their own order inside the Arabic, and the French part
# reads left to right.
in_order "$out/print_ar.txt" "إيواء طالبي اللجوء" "ماذا تفعل" "اتصل بالرقم 115" "إيواء طارئ" "أقرب مكان" \
    "48, rue de la Roquette, 75011 Paris" "+33 1 55 28 19 40" "بالفرنسية" "Adresse : 48, rue de la Roquette" \
    "Téléphone : +33 1 55 28 19 40" "03/12/2026" ||
    fail "print_ar: the slip does not read right to left, in order (see $out/print_ar.txt)"
pdfinfo "$out/print_ar.pdf" | grep -q "Page size: *164.41 x" || fail "print_ar: not a 58 mm roll"
qr_reads "$out/print_ar-1.png"
echo "print_ar: read back right to left, in order, on a 58 mm roll, QR code read"

run print_fr@A5 office A5
[ -f "$out/print_fr@A5.pdf" ] || fail "print_fr@A5: nothing was printed"
for page in "$out/print_fr@A5"-*.png; do ocr "$page" fra; done > "$out/print_fr@A5.txt"
in_order "$out/print_fr@A5.txt" "115" "+33 1 55 28 19 40" "Adresse : 48, rue de la Roquette, 75011" ||
    fail "print_fr@A5: the slip does not read as printed (see $out/print_fr@A5.txt)"
pdfinfo "$out/print_fr@A5.pdf" | grep -q "Page size: *4[12][0-9.]* x 595" || fail "print_fr@A5: not an A5 page"
echo "print_fr@A5: read back through cups-filters, on A5"

run print_unavailable absent 80mm
# A slip left waiting by a kiosk killed mid-job: the next kiosk's printing thread purges it at start.
command lp -h "$sock" -d stopped -t slip "$here/print_fr.kscript" >/dev/null
[ -n "$(lpstat -W not-completed -o stopped)" ] || fail "the leftover slip was not queued"
run print_unavailable@stopped stopped 80mm
[ -z "$(lpstat -W all -o stopped)" ] || fail "a slip left waiting was not purged: $(lpstat -W all -o stopped)"
[ ! -f "$work/slips/stopped.pdf" ] || fail "a stopped queue printed"
run print_no_paper nopaper 80mm
run print_unavailable@broken broken 80mm # the job aborted: not "take your slip"
run print_small_ar slip 58mm 800x480 154
run print_moves_on absent 80mm
run print_staff slip 80mm
[ -f "$out/print_staff.pdf" ] || fail "print_staff: the test slip was not printed"

# The one thing the kiosk keeps of a slip: the day's count of slips printed, by language. A slip
# that did not print, and the staff's test slip, are not counted.
slips() {
    sqlite3 "$work/data-$1/state.db" \
        "SELECT coalesce(sum(count), 0) FROM daily_counter WHERE what = 'slip_printed' AND value = '$2'"
}
[ "$(slips print_fr fr)" = 1 ] || fail "print_fr: the slip printed was not counted once"
[ "$(slips print_ar ar)" = 1 ] || fail "print_ar: the slip printed was not counted once"
[ "$(slips print_no_paper ar)" = 0 ] || fail "print_no_paper: a slip that did not print was counted"
[ "$(slips print_unavailable@broken fr)" = 0 ] || fail "print_unavailable@broken: an aborted slip was counted"
[ "$(slips print_staff fr)" = 0 ] || fail "print_staff: the test slip was counted"

# Privacy: no job, document or history left with CUPS once the slips are done.
sleep 1
left=$(find "$work/spool" -maxdepth 1 -type f \( -name 'c*' -o -name 'd*' \) | wc -l)
[ "$left" -eq 0 ] || fail "CUPS kept $left job files: $(ls "$work/spool")"
[ -z "$(lpstat -W all -o 2>/dev/null)" ] || fail "jobs left with CUPS: $(lpstat -W all -o)"
# Its logs keep no line per job printed (a printer's errors, such as running out of paper, stay).
jobs_logged='Create-Job|Send-Document|Queued on|Job completed|document-name'
logged=$(cat "$work"/log/*_log 2>/dev/null | grep -c -E "$jobs_logged" || true)
[ "$logged" -eq 0 ] || fail "CUPS's logs note the jobs: $(cat "$work"/log/*_log | grep -E "$jobs_logged")"
echo "all slips checked; nothing left with CUPS"
