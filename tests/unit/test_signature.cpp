#include "content_fixture.h"
#include "core/update/bundle_claim.h"
#include "core/update/signature.h"

#include <catch.hpp>
#include <fstream>

using namespace kiosk;
using kiosk::test::temp_dir;

namespace {

// Made with Debian's minisign 0.11: `minisign -G -W`, then `minisign -S` (and `-S -l`) of "hello\n".
const char* minisign_public = "untrusted comment: minisign public key A1614BB44245C667\n"
                              "RWRnxkVCtEthoSwNiUeJ09WSr7DV8wV0V729hOYuS3EeLEozMRFcr2N7\n";
const char* minisign_secret =
    "untrusted comment: minisign encrypted secret key\n"
    "RWQAAEIyAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAZ8ZFQrRLYaHHR+"
    "SbpV27Wri2oSh5vdNST2EJXrz+"
    "F6G8RyTwKN3q8iwNiUeJ09WSr7DV8wV0V729hOYuS3EeLEozMRFcr2N7AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n";
const char* minisign_signature =
    "untrusted comment: signature from minisign secret key\n"
    "RURnxkVCtEthoZWbdyDlgzsY1TCszWBQkhweaIirrjW5yIMOn8IBh/IJtZ39pIBP6JsjIvg41xmaHu7zMbEhKTaK7ctMqMwlwgo=\n"
    "trusted comment: kiosk-bundle id=a version=1 date=2026-01-01 schema=4\n"
    "aLyDeqjKGM0q9cs60eEOOra61h4P5TITxZJzBsaMSYCi1DoMcS0FkQc1JXPIecPtYgAKcg7VNwH+prSz+vWxDw==\n";
const char* minisign_legacy_signature =
    "untrusted comment: signature from minisign secret key\n"
    "RWRnxkVCtEthobaSvJXBbucmPkQ1KwHqj0oDCoTTeTXgeB5KTNhIBO3CwN6PzGLKysvcZn0aQzsfBQJlHWYYwRwqbkmfXQRU+gc=\n"
    "trusted comment: legacy\n"
    "SjtOteHbJz40/T+Nisanut1W7LDxyjU6L6magmUHpS+rJfR1y9KhqGv8b7/N2tfJVfonANEHEOacCT7q95YjAA==\n";

// libsodium's "interactive" scrypt cost (16 MiB), fast for tests; minisign's own (1 GiB) is
// exercised by tests/signing/interop.sh.
const ScryptLimits quick{524288, 16777216};

std::string write_file(const std::string& name, const std::string& text) {
    std::string path = (temp_dir("signature") / name).string();
    std::ofstream(path, std::ios::binary) << text;
    return path;
}

} // namespace

TEST_CASE("a signed file verifies, and only as signed") {
    KeyPair pair = generate_key_pair();
    std::string path = write_file("bundle.kbundle", std::string(200000, 'x') + "end"); // several chunks
    std::string claim = "kiosk-bundle id=fr-ofii-paris version=7 date=2026-11-23 schema=4";
    std::string sig = sign_file(path, pair.secret_key, claim);
    std::vector<PublicKey> trusted{pair.public_key};

    VerifyResult ok = verify_file(path, sig, trusted);
    CHECK(ok.ok);
    CHECK(ok.trusted_comment == claim);
    CHECK(ok.error.empty());

    SECTION("one flipped byte in the file") {
        std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
        f.seekp(123456);
        f.put('y');
        f.close();
        VerifyResult r = verify_file(path, sig, trusted);
        CHECK_FALSE(r.ok);
        CHECK(r.error == "the signature does not match the file");
        CHECK(r.trusted_comment.empty());
    }
    SECTION("a key the kiosk does not trust, then the same key as a backup") {
        KeyPair other = generate_key_pair();
        VerifyResult r = verify_file(path, sig, {other.public_key});
        CHECK_FALSE(r.ok);
        CHECK(r.error ==
              "signed with key " + key_id_hex(pair.public_key.key_id) + " which this kiosk does not trust");
        CHECK(verify_file(path, sig, {other.public_key, pair.public_key}).ok);
    }
    SECTION("same key id, other key") {
        KeyPair other = generate_key_pair();
        other.public_key.key_id = pair.public_key.key_id;
        CHECK(verify_file(path, sig, {other.public_key}).error == "the signature does not match the file");
    }
    SECTION("an altered trusted comment") {
        std::string altered = sig;
        altered.replace(altered.find("version=7"), 9, "version=9");
        VerifyResult r = verify_file(path, altered, trusted);
        CHECK_FALSE(r.ok);
        CHECK(r.error == "the trusted comment was altered");
    }
    SECTION("the untrusted comment may change") {
        std::string altered = sig;
        altered.replace(altered.find("signature from"), 9, "whatever!");
        CHECK(verify_file(path, altered, trusted).ok);
    }
    SECTION("truncated, garbage or oversized signatures") {
        for (std::string bad :
             {sig.substr(0, sig.size() / 2), sig.substr(0, sig.size() - 5), std::string(),
              std::string("garbage\n"), sig + "extra line\n", sig + std::string(5000, '\n')})
            CHECK(verify_file(path, bad, trusted).error == "not a minisign signature");
        std::string spaced = sig;
        spaced.insert(spaced.begin() + spaced.find('\n') + 5, ' '); // base64 is strict: nothing ignored
        CHECK(verify_file(path, spaced, trusted).error == "not a minisign signature");
    }
    SECTION("the signature file beside the bundle") {
        CHECK(verify_file(path, trusted).error == "there is no signature file " + path + ".minisig");
        std::ofstream(path + ".minisig", std::ios::binary) << sig;
        CHECK(verify_file(path, trusted).ok);
    }
    SECTION("a comment with a line break cannot be signed") {
        CHECK_THROWS_AS(sign_file(path, pair.secret_key, "a\nb"), std::invalid_argument);
    }
}

TEST_CASE("signatures made by minisign") {
    std::string path = write_file("hello", "hello\n");
    std::optional<PublicKey> pk = parse_public_key(minisign_public);
    REQUIRE(pk);
    CHECK(key_id_hex(pk->key_id) == "A1614BB44245C667");
    VerifyResult r = verify_file(path, minisign_signature, {*pk});
    CHECK(r.ok);
    CHECK(r.trusted_comment == "kiosk-bundle id=a version=1 date=2026-01-01 schema=4");
    CHECK(
        verify_file(path, minisign_legacy_signature, {*pk}).error ==
        "the signature is in minisign's legacy format; sign again with minisign -S -H or kiosk-content sign");

    // minisign -W leaves the checksum of an unencrypted key at zero: still a usable key.
    SecretKeyParse sk = parse_secret_key(minisign_secret, "");
    REQUIRE(sk.key);
    CHECK(verify_file(path, sign_file(path, *sk.key, "again"), {*pk}).ok);
    CHECK(public_key_base64(public_key_of(*sk.key)) == public_key_base64(*pk));
}

TEST_CASE("public keys: the file or its bare base64 line") {
    KeyPair pair = generate_key_pair();
    std::string file = format_public_key(pair.public_key);
    std::string bare = public_key_base64(pair.public_key);
    CHECK(file.rfind("untrusted comment: minisign public key " + key_id_hex(pair.public_key.key_id) + "\n",
                     0) == 0);
    CHECK(bare.rfind("RW", 0) == 0);
    for (const std::string& text : {file, bare, "  " + bare + "\r\n"}) {
        std::optional<PublicKey> pk = parse_public_key(text);
        REQUIRE(pk);
        CHECK(pk->key_id == pair.public_key.key_id);
        CHECK(pk->bytes == pair.public_key.bytes);
    }
    for (std::string bad : {std::string(), bare.substr(1), bare + "A", "comment\n" + bare, file + bare + "\n",
                            std::string(minisign_signature)})
        CHECK_FALSE(parse_public_key(bad));
}

TEST_CASE("secret keys, unencrypted or encrypted with scrypt") {
    KeyPair pair = generate_key_pair();
    std::string path = write_file("data", "some data");

    SecretKeyParse plain = parse_secret_key(format_secret_key(pair.secret_key, ""), "");
    REQUIRE(plain.key);
    CHECK(plain.key->bytes == pair.secret_key.bytes);
    CHECK(plain.key->key_id == pair.secret_key.key_id);

    std::string encrypted = format_secret_key(pair.secret_key, "correct horse", quick);
    SecretKeyParse right = parse_secret_key(encrypted, "correct horse");
    REQUIRE(right.key);
    CHECK(right.key->bytes == pair.secret_key.bytes);
    CHECK(verify_file(path, sign_file(path, *right.key, "c"), {pair.public_key}).ok);

    SecretKeyParse wrong = parse_secret_key(encrypted, "wrong horse");
    CHECK_FALSE(wrong.key);
    CHECK(wrong.error == "wrong password for the secret key");
    CHECK(parse_secret_key(encrypted, "").error == "the secret key is encrypted: its password is needed");
    CHECK(parse_secret_key("garbage", "").error == "not a minisign secret key");
    CHECK(parse_secret_key(minisign_public, "").error == "not a minisign secret key");

    std::string damaged = format_secret_key(pair.secret_key, "");
    size_t at = damaged.find('\n') + 90;
    damaged[at] = damaged[at] == 'A' ? 'B' : 'A';
    CHECK(parse_secret_key(damaged, "").error == "the secret key is damaged");
}

TEST_CASE("bundle claims are strict") {
    BundleClaim c{"fr-ofii-paris", 7, "2026-11-23", 4};
    std::string text = format_claim(c);
    CHECK(text == "kiosk-bundle id=fr-ofii-paris version=7 date=2026-11-23 schema=4");
    std::optional<BundleClaim> back = parse_claim(text);
    REQUIRE(back);
    CHECK(back->bundle_id == "fr-ofii-paris");
    CHECK(back->version == 7);
    CHECK(back->date == "2026-11-23");
    CHECK(back->schema == 4);
    CHECK(parse_claim("kiosk-bundle id=a version=9223372036854775807 date=2026-01-31 schema=1"));

    for (const char* bad : {
             "",
             "kiosk-bundle id=fr-ofii-paris version=7 date=2026-11-23",
             "kiosk-bundle id=fr-ofii-paris version=7 date=2026-11-23 schema=4 ",
             "kiosk-bundle id=fr-ofii-paris version=7 date=2026-11-23 schema=4 extra=1",
             " kiosk-bundle id=fr-ofii-paris version=7 date=2026-11-23 schema=4",
             "kiosk-bundle  id=fr-ofii-paris version=7 date=2026-11-23 schema=4",
             "kiosk-bundle version=7 id=fr-ofii-paris date=2026-11-23 schema=4",
             "kiosk-bundle id= version=7 date=2026-11-23 schema=4",
             "kiosk-bundle id=fr/ofii version=7 date=2026-11-23 schema=4",
             "kiosk-bundle id=fr-ofii-paris version=0 date=2026-11-23 schema=4",
             "kiosk-bundle id=fr-ofii-paris version=-7 date=2026-11-23 schema=4",
             "kiosk-bundle id=fr-ofii-paris version=07 date=2026-11-23 schema=4",
             "kiosk-bundle id=fr-ofii-paris version=+7 date=2026-11-23 schema=4",
             "kiosk-bundle id=fr-ofii-paris version=9223372036854775808 date=2026-11-23 schema=4",
             "kiosk-bundle id=fr-ofii-paris version=7 date=2026-13-23 schema=4",
             "kiosk-bundle id=fr-ofii-paris version=7 date=2026-11-23T10:00:00Z schema=4",
             "kiosk-bundle id=fr-ofii-paris version=7 date=26-11-23 schema=4",
             "kiosk-bundle id=fr-ofii-paris version=7 date=2026-11-23 schema=0",
             "kiosk-bundle id=fr-ofii-paris version=7 date=2026-11-23 schema=99999999999",
             "timestamp:1700000000\tfile:content.kbundle",
         })
        CHECK_FALSE(parse_claim(bad));
}
