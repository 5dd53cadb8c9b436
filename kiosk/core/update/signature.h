// Bundle signatures in minisign's format, made and checked with libsodium, so authors can sign with
// the standard `minisign` tool or with `kiosk-content sign`. Only the prehashed "ED" algorithm is
// accepted: Ed25519 over the BLAKE2b-512 hash of the file, which is hashed in chunks (bundles can be
// hundreds of MB). minisign's legacy "Ed" signs the whole file and would need it in memory: refused.
// The trusted comment is covered by a second, global signature over (signature || comment).
#pragma once
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk {

using KeyId = std::array<unsigned char, 8>; // stored little-endian, shown as minisign shows it

struct PublicKey {
    KeyId key_id{};
    std::array<unsigned char, 32> bytes{};
};

// The Ed25519 secret key (seed then public key, libsodium's layout); wiped when destroyed.
struct SecretKey {
    KeyId key_id{};
    std::array<unsigned char, 64> bytes{};
    ~SecretKey();
};

struct KeyPair {
    PublicKey public_key;
    SecretKey secret_key;
};

struct SignatureFile {
    std::string algorithm; // "ED" (prehashed) or "Ed" (legacy)
    KeyId key_id{};
    std::array<unsigned char, 64> sig{};
    std::string trusted_comment;
    std::array<unsigned char, 64> global_sig{};
};

struct VerifyResult {
    bool ok = false;
    std::string trusted_comment; // only when ok
    std::string error;           // one plain sentence when not ok
};

struct SecretKeyParse {
    std::optional<SecretKey> key;
    std::string error; // one plain sentence when there is no key
};

// scrypt's cost for an encrypted secret key; minisign's own is libsodium's "sensitive" level (1 GiB).
struct ScryptLimits {
    unsigned long long opslimit;
    size_t memlimit;
};
extern const ScryptLimits minisign_scrypt;

constexpr size_t signature_file_cap = 4096; // a .minisig is four short lines

// Overwrites a password or a secret key's text before it is freed.
void wipe_secret(std::string& s);

// 16 upper-case hex digits, as minisign prints a key id.
std::string key_id_hex(const KeyId& id);

// A public key file (untrusted comment line + base64 line) or the bare base64 line ("RWQ...").
[[nodiscard]] std::optional<PublicKey> parse_public_key(std::string_view text);
std::string public_key_base64(const PublicKey& key);
std::string format_public_key(const PublicKey& key); // the file: comment line + base64 line

KeyPair generate_key_pair();
PublicKey public_key_of(const SecretKey& key);
// An empty password leaves the key unencrypted (kdf 0x0000), as `minisign -G -W` does.
std::string format_secret_key(const SecretKey& key, const std::string& password,
                              ScryptLimits limits = minisign_scrypt);
[[nodiscard]] SecretKeyParse parse_secret_key(std::string_view text, const std::string& password);

// Strict: four lines, exact base64 lengths, at most signature_file_cap bytes.
[[nodiscard]] std::optional<SignatureFile> parse_signature(std::string_view text);

// The text of a .minisig for the file. Throws std::runtime_error if the file cannot be read, and
// std::invalid_argument if a comment has a line break.
std::string sign_file(const std::string& path, const SecretKey& key, const std::string& trusted_comment,
                      const std::string& untrusted_comment = "signature from kiosk-content secret key");

// Checks path against the signature text, which must come from one of the trusted keys.
[[nodiscard]] VerifyResult verify_file(const std::string& path, std::string_view signature,
                                       const std::vector<PublicKey>& trusted);
// The same with the signature read from path + ".minisig".
[[nodiscard]] VerifyResult verify_file(const std::string& path, const std::vector<PublicKey>& trusted);

} // namespace kiosk
