#!/usr/bin/env bash
# Bundle signatures between Debian's minisign and kiosk-content, both ways, in a temporary directory.
# usage: interop.sh minisign-signs|minisign-verifies|encrypted-keys KIOSK_CONTENT MINISIGN BUNDLE
set -euo pipefail
mode=$1 kc=$2 ms=$3 bundle=$4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
cp "$bundle" b.kbundle

fail() { echo "FAIL: $*" >&2; exit 1; }

# The claim kiosk-content puts in the trusted comment, from a throwaway key.
claim() {
  "$kc" keygen -p claim.pub -s claim.key >/dev/null 2>&1
  cp b.kbundle claim.kbundle
  "$kc" sign --key claim.key claim.kbundle | sed 's/^signed .* with key [0-9A-F]*: //'
}

# minisign -V must accept the signature and show the claim as its trusted comment.
minisign_accepts() {
  out=$("$ms" -V -p "$1" -m b.kbundle)
  grep -q "^Signature and comment signature verified" <<<"$out" || fail "minisign -V: $out"
  grep -q "^Trusted comment: kiosk-bundle id=[^ ]* version=[0-9]* date=[0-9-]* schema=[0-9]*$" <<<"$out" ||
    fail "minisign showed: $out"
}

case $mode in
minisign-signs) # (a) a bundle signed by `minisign -S` is accepted by `kiosk-content verify`
  c=$(claim)
  "$ms" -G -W -p m.pub -s m.key >/dev/null
  "$ms" -S -s m.key -m b.kbundle -t "$c" >/dev/null
  [ "$("$kc" verify --pub m.pub b.kbundle)" = "$c" ] || fail "kiosk-content verify did not print the claim"
  # A claim that names another version is refused, though the signature itself is sound.
  "$ms" -S -s m.key -m b.kbundle -t "${c/version=/version=9}" >/dev/null
  ! "$kc" verify --pub m.pub b.kbundle 2>err || fail "a claim that does not match the bundle was accepted"
  grep -q "the signature vouches for" err || fail "$(cat err)"
  # Signed by a key the kiosk does not trust: the key id is named.
  "$ms" -G -W -p other.pub -s other.key >/dev/null
  "$ms" -S -s m.key -m b.kbundle -t "$c" >/dev/null
  ! "$kc" verify --pub other.pub b.kbundle 2>err || fail "an untrusted key was accepted"
  # minisign writes the key id in its comment without leading zeros; kiosk-content writes all 16 digits.
  id=$(head -1 m.pub | sed 's/.* //; s/^0*//')
  grep -q "signed with key 0*$id which this kiosk does not trust" err || fail "$(cat err)"
  # The backup key: either of two trusted keys will do.
  "$kc" verify --pub other.pub --pub m.pub b.kbundle >/dev/null
  ;;
minisign-verifies) # (b) a bundle signed by `kiosk-content sign` is accepted by `minisign -V`
  "$kc" keygen -p k.pub -s k.key >/dev/null 2>err
  grep -q "^warning: the secret key is not encrypted" err || fail "no warning for an unencrypted key"
  [ "$(stat -c %a k.key)" = 600 ] || fail "the secret key is readable by others"
  ! "$kc" keygen -p k.pub -s k.key 2>/dev/null || fail "keygen overwrote a key pair"
  "$kc" sign --key k.key b.kbundle >/dev/null
  minisign_accepts k.pub
  "$kc" verify --pub k.pub b.kbundle >/dev/null
  # minisign signs with kiosk-content's unencrypted key too, asking for no password.
  "$ms" -S -s k.key -m b.kbundle -t "$(claim)" </dev/null >/dev/null
  "$kc" verify --pub k.pub b.kbundle >/dev/null
  printf 'x' >>b.kbundle
  ! "$ms" -V -q -p k.pub -m b.kbundle || fail "minisign accepted a changed bundle"
  ! "$kc" verify --pub k.pub b.kbundle 2>err || fail "kiosk-content accepted a changed bundle"
  grep -q "the signature does not match the file" err || fail "$(cat err)"
  ;;
encrypted-keys) # (c) scrypt-encrypted secret keys, made by either tool, used by the other
  printf 'correct horse battery staple\n' >pw
  "$kc" keygen -p k.pub -s k.key --password-file pw >/dev/null 2>err
  [ ! -s err ] || fail "a warning for an encrypted key: $(cat err)"
  "$kc" sign --key k.key --password-file pw b.kbundle >/dev/null
  minisign_accepts k.pub
  printf 'wrong\n' >bad
  ! "$kc" sign --key k.key --password-file bad b.kbundle 2>err || fail "signed with a wrong password"
  grep -q "wrong password for the secret key" err || fail "$(cat err)"
  ! "$kc" sign --key k.key b.kbundle 2>err || fail "signed without the password"
  grep -q "its password is needed" err || fail "$(cat err)"
  # minisign's encrypted key, read by kiosk-content; minisign reads its password from standard input.
  printf 'pw\npw\n' | "$ms" -G -p m.pub -s m.key >/dev/null
  printf 'pw\n' >mpw
  "$kc" sign --key m.key --password-file mpw b.kbundle >/dev/null
  minisign_accepts m.pub
  # kiosk-content's encrypted key, used by minisign.
  printf 'correct horse battery staple\n' | "$ms" -S -s k.key -m b.kbundle -t "$(claim)" >/dev/null
  "$kc" verify --pub k.pub b.kbundle >/dev/null
  ;;
*) fail "unknown mode $mode" ;;
esac
echo "ok: $mode"
