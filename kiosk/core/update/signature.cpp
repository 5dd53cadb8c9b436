#include "core/update/signature.h"

#include "core/update/untrusted_file.h"

#include <sodium.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <stdexcept>

namespace kiosk {

const ScryptLimits minisign_scrypt{crypto_pwhash_scryptsalsa208sha256_OPSLIMIT_SENSITIVE,
                                   crypto_pwhash_scryptsalsa208sha256_MEMLIMIT_SENSITIVE};

namespace {

constexpr std::string_view untrusted_prefix = "untrusted comment: ";
constexpr std::string_view trusted_prefix = "trusted comment: ";
constexpr int b64 = sodium_base64_VARIANT_ORIGINAL;
using Hash = std::array<unsigned char, crypto_generichash_BYTES_MAX>; // BLAKE2b-512

// Decoded sizes: public key "Ed" | key id | key; signature "ED" | key id | sig.
constexpr size_t public_blob_size = 2 + 8 + 32;
constexpr size_t signature_blob_size = 2 + 8 + 64;

// The secret key file's blob: sig_alg "Ed" | kdf_alg | chk_alg "B2" | salt | opslimit | memlimit,
// then the part scrypt's stream encrypts: key id | secret key | checksum.
constexpr size_t sk_kdf = 2, sk_chk_alg = 4, sk_salt = 6, sk_ops = 38, sk_mem = 46, sk_key_id = 54,
                 sk_key = 62, sk_checksum = 126, secret_blob_size = 158;
constexpr size_t encrypted_size = secret_blob_size - sk_key_id;
using SecretBlob = std::array<unsigned char, secret_blob_size>;

void need_sodium() {
    static const bool ready = sodium_init() >= 0;
    if (!ready) throw std::runtime_error("libsodium could not be initialised");
}

// Wipes secret bytes on every way out of a scope.
template <typename Buffer> struct Wipe {
    Buffer& b;
    ~Wipe() { sodium_memzero(b.data(), b.size()); }
};

std::string to_base64(const unsigned char* bin, size_t n) {
    std::string out(sodium_base64_encoded_len(n, b64), '\0');
    sodium_bin2base64(out.data(), out.size(), bin, n, b64);
    out.pop_back(); // the terminating NUL
    return out;
}

// Strict: exactly the base64 of n bytes, padded, nothing ignored.
bool from_base64(std::string_view text, unsigned char* out, size_t n) {
    size_t len = 0;
    return text.size() + 1 == sodium_base64_encoded_len(n, b64) &&
           sodium_base642bin(out, n, text.data(), text.size(), nullptr, &len, nullptr, b64) == 0 && len == n;
}

std::vector<std::string_view> split_lines(std::string_view text) {
    std::vector<std::string_view> lines;
    while (!text.empty()) {
        size_t end = text.find('\n');
        std::string_view line = text.substr(0, end);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        lines.push_back(line);
        if (end == std::string_view::npos) break;
        text.remove_prefix(end + 1);
    }
    return lines;
}

bool starts_with(std::string_view s, std::string_view prefix) {
    return s.substr(0, prefix.size()) == prefix;
}

void store_le64(unsigned char* p, uint64_t v) {
    for (int i = 0; i < 8; ++i) p[i] = static_cast<unsigned char>(v >> (8 * i));
}

uint64_t load_le64(const unsigned char* p) {
    uint64_t v = 0;
    for (int i = 7; i >= 0; --i) v = (v << 8) | p[i];
    return v;
}

std::optional<Hash> hash_file(const std::string& path) {
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> f(std::fopen(path.c_str(), "rb"), &std::fclose);
    if (!f) return std::nullopt;
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, crypto_generichash_BYTES_MAX);
    std::vector<unsigned char> chunk(1 << 16);
    size_t n;
    while ((n = std::fread(chunk.data(), 1, chunk.size(), f.get())) > 0)
        crypto_generichash_update(&state, chunk.data(), n);
    if (std::ferror(f.get())) return std::nullopt;
    Hash h;
    crypto_generichash_final(&state, h.data(), h.size());
    return h;
}

// BLAKE2b-256 of sig_alg, key id and secret key: tells a wrong password from the right one.
std::array<unsigned char, 32> secret_checksum(const SecretBlob& blob) {
    std::array<unsigned char, 32> chk;
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, chk.size());
    crypto_generichash_update(&state, blob.data(), 2);
    crypto_generichash_update(&state, blob.data() + sk_key_id, 8 + 64);
    crypto_generichash_final(&state, chk.data(), chk.size());
    return chk;
}

// XORs the key id, key and checksum with scrypt's stream from the password, as minisign does.
bool apply_password(SecretBlob& blob, const std::string& password) {
    std::array<unsigned char, encrypted_size> stream;
    Wipe<decltype(stream)> wipe{stream};
    if (crypto_pwhash_scryptsalsa208sha256(stream.data(), stream.size(), password.data(), password.size(),
                                           blob.data() + sk_salt, load_le64(blob.data() + sk_ops),
                                           load_le64(blob.data() + sk_mem)) != 0)
        return false;
    for (size_t i = 0; i < encrypted_size; ++i) blob[sk_key_id + i] ^= stream[i];
    return true;
}

} // namespace

SecretKey::~SecretKey() {
    sodium_memzero(bytes.data(), bytes.size());
}

void wipe_secret(std::string& s) {
    sodium_memzero(s.data(), s.size());
    s.clear();
}

std::string key_id_hex(const KeyId& id) {
    static const char digits[] = "0123456789ABCDEF";
    std::string hex;
    for (size_t i = id.size(); i-- > 0;) {
        hex += digits[id[i] >> 4];
        hex += digits[id[i] & 15];
    }
    return hex;
}

std::optional<PublicKey> parse_public_key(std::string_view text) {
    size_t first = text.find_first_not_of(" \t\r\n"), last = text.find_last_not_of(" \t\r\n");
    if (first == std::string_view::npos) return std::nullopt;
    std::vector<std::string_view> lines = split_lines(text.substr(first, last + 1 - first));
    if (lines.size() == 2 && !starts_with(lines[0], untrusted_prefix)) return std::nullopt;
    if (lines.size() > 2) return std::nullopt;
    std::array<unsigned char, public_blob_size> blob;
    if (!from_base64(lines.back(), blob.data(), blob.size()) || std::memcmp(blob.data(), "Ed", 2) != 0)
        return std::nullopt;
    PublicKey key;
    std::copy_n(blob.begin() + 2, 8, key.key_id.begin());
    std::copy_n(blob.begin() + 10, 32, key.bytes.begin());
    return key;
}

std::string public_key_base64(const PublicKey& key) {
    std::array<unsigned char, public_blob_size> blob;
    std::memcpy(blob.data(), "Ed", 2);
    std::copy(key.key_id.begin(), key.key_id.end(), blob.begin() + 2);
    std::copy(key.bytes.begin(), key.bytes.end(), blob.begin() + 10);
    return to_base64(blob.data(), blob.size());
}

std::string format_public_key(const PublicKey& key) {
    std::string text(untrusted_prefix);
    text += "minisign public key ";
    text += key_id_hex(key.key_id);
    text += '\n';
    text += public_key_base64(key);
    text += '\n';
    return text;
}

KeyPair generate_key_pair() {
    need_sodium();
    KeyPair pair;
    randombytes_buf(pair.secret_key.key_id.data(), pair.secret_key.key_id.size());
    crypto_sign_keypair(pair.public_key.bytes.data(), pair.secret_key.bytes.data());
    pair.public_key.key_id = pair.secret_key.key_id;
    return pair;
}

PublicKey public_key_of(const SecretKey& key) {
    PublicKey pk;
    pk.key_id = key.key_id;
    std::copy(key.bytes.begin() + 32, key.bytes.end(), pk.bytes.begin()); // libsodium keeps it there
    return pk;
}

std::string format_secret_key(const SecretKey& key, const std::string& password, ScryptLimits limits) {
    need_sodium();
    bool encrypt = !password.empty();
    SecretBlob blob{};
    Wipe<SecretBlob> wipe{blob};
    std::memcpy(blob.data(), "Ed", 2);
    std::memcpy(blob.data() + sk_kdf, encrypt ? "Sc" : "\0\0", 2);
    std::memcpy(blob.data() + sk_chk_alg, "B2", 2);
    std::copy(key.key_id.begin(), key.key_id.end(), blob.begin() + sk_key_id);
    std::copy(key.bytes.begin(), key.bytes.end(), blob.begin() + sk_key);
    std::array<unsigned char, 32> chk = secret_checksum(blob);
    std::copy(chk.begin(), chk.end(), blob.begin() + sk_checksum);
    if (encrypt) {
        randombytes_buf(blob.data() + sk_salt, crypto_pwhash_scryptsalsa208sha256_SALTBYTES);
        store_le64(blob.data() + sk_ops, limits.opslimit);
        store_le64(blob.data() + sk_mem, limits.memlimit);
        if (!apply_password(blob, password)) throw std::runtime_error("not enough memory to encrypt the key");
    }
    std::string text(untrusted_prefix);
    text += encrypt ? "kiosk-content secret key, encrypted" : "kiosk-content secret key, NOT encrypted";
    text += '\n';
    text += to_base64(blob.data(), blob.size());
    text += '\n';
    return text;
}

SecretKeyParse parse_secret_key(std::string_view text, const std::string& password) {
    need_sodium();
    std::vector<std::string_view> lines = split_lines(text);
    SecretBlob blob;
    Wipe<SecretBlob> wipe{blob};
    if (lines.size() != 2 || !from_base64(lines[1], blob.data(), blob.size()) ||
        std::memcmp(blob.data(), "Ed", 2) != 0 || std::memcmp(blob.data() + sk_chk_alg, "B2", 2) != 0)
        return {std::nullopt, "not a minisign secret key"};
    bool encrypted = std::memcmp(blob.data() + sk_kdf, "Sc", 2) == 0;
    if (!encrypted && std::memcmp(blob.data() + sk_kdf, "\0\0", 2) != 0)
        return {std::nullopt, "the secret key is protected in a way minisign does not use"};
    if (encrypted) {
        if (password.empty()) return {std::nullopt, "the secret key is encrypted: its password is needed"};
        // minisign asks for 1 GiB; more would be a hostile or damaged file.
        if (load_le64(blob.data() + sk_ops) > minisign_scrypt.opslimit ||
            load_le64(blob.data() + sk_mem) > minisign_scrypt.memlimit)
            return {std::nullopt, "the secret key asks for more scrypt work than minisign ever does"};
        if (!apply_password(blob, password))
            return {std::nullopt, "not enough memory to decrypt the secret key"};
    }
    std::array<unsigned char, 32> chk = secret_checksum(blob), zero{};
    bool chk_ok = std::equal(chk.begin(), chk.end(), blob.begin() + sk_checksum);
    // `minisign -G -W` (0.11) leaves an unencrypted key's checksum at zero.
    bool chk_absent = !encrypted && std::equal(zero.begin(), zero.end(), blob.begin() + sk_checksum);
    if (!chk_ok && !chk_absent)
        return {std::nullopt, encrypted ? "wrong password for the secret key" : "the secret key is damaged"};
    SecretKeyParse r{SecretKey{}, ""};
    std::copy_n(blob.begin() + sk_key_id, 8, r.key->key_id.begin());
    std::copy_n(blob.begin() + sk_key, 64, r.key->bytes.begin());
    // The public half must follow from the seed: catches damage the zero checksum cannot.
    std::array<unsigned char, 32> pk;
    SecretKey derived;
    crypto_sign_seed_keypair(pk.data(), derived.bytes.data(), r.key->bytes.data());
    if (derived.bytes != r.key->bytes) return {std::nullopt, "the secret key is damaged"};
    return r;
}

std::optional<SignatureFile> parse_signature(std::string_view text) {
    if (text.size() > signature_file_cap) return std::nullopt;
    std::vector<std::string_view> lines = split_lines(text);
    if (lines.size() != 4 || !starts_with(lines[0], untrusted_prefix) ||
        !starts_with(lines[2], trusted_prefix))
        return std::nullopt;
    std::array<unsigned char, signature_blob_size> blob;
    SignatureFile s;
    if (!from_base64(lines[1], blob.data(), blob.size()) ||
        !from_base64(lines[3], s.global_sig.data(), s.global_sig.size()))
        return std::nullopt;
    s.algorithm.assign(reinterpret_cast<const char*>(blob.data()), 2);
    if (s.algorithm != "ED" && s.algorithm != "Ed") return std::nullopt;
    std::copy_n(blob.begin() + 2, 8, s.key_id.begin());
    std::copy_n(blob.begin() + 10, 64, s.sig.begin());
    s.trusted_comment = lines[2].substr(trusted_prefix.size());
    return s;
}

std::string sign_file(const std::string& path, const SecretKey& key, const std::string& trusted_comment,
                      const std::string& untrusted_comment) {
    need_sodium();
    if ((trusted_comment + untrusted_comment).find_first_of("\r\n") != std::string::npos)
        throw std::invalid_argument("a signature's comments must be one line each");
    std::optional<Hash> hash = hash_file(path);
    if (!hash) throw std::runtime_error("cannot read " + path);
    std::array<unsigned char, signature_blob_size> blob;
    std::memcpy(blob.data(), "ED", 2);
    std::copy(key.key_id.begin(), key.key_id.end(), blob.begin() + 2);
    crypto_sign_detached(blob.data() + 10, nullptr, hash->data(), hash->size(), key.bytes.data());
    std::vector<unsigned char> signed_comment(blob.begin() + 10, blob.end());
    signed_comment.insert(signed_comment.end(), trusted_comment.begin(), trusted_comment.end());
    std::array<unsigned char, 64> global;
    crypto_sign_detached(global.data(), nullptr, signed_comment.data(), signed_comment.size(),
                         key.bytes.data());

    std::string text(untrusted_prefix);
    text += untrusted_comment;
    text += '\n';
    text += to_base64(blob.data(), blob.size());
    text += '\n';
    text += trusted_prefix;
    text += trusted_comment;
    text += '\n';
    text += to_base64(global.data(), global.size());
    text += '\n';
    if (text.size() > signature_file_cap)
        throw std::invalid_argument("the signature's comments are too long");
    return text;
}

VerifyResult verify_file(const std::string& path, std::string_view signature,
                         const std::vector<PublicKey>& trusted) {
    need_sodium();
    std::optional<SignatureFile> s = parse_signature(signature);
    if (!s) return {false, "", "not a minisign signature"};
    if (s->algorithm != "ED")
        return {false, "",
                "the signature is in minisign's legacy format; sign again with minisign -S -H or "
                "kiosk-content sign"};
    auto key = std::find_if(trusted.begin(), trusted.end(),
                            [&](const PublicKey& k) { return k.key_id == s->key_id; });
    if (key == trusted.end()) {
        std::string error = "signed with key ";
        error += key_id_hex(s->key_id);
        error += " which this kiosk does not trust";
        return {false, "", error};
    }
    std::optional<Hash> hash = hash_file(path);
    if (!hash) return {false, "", "the signed file cannot be read"};
    if (crypto_sign_verify_detached(s->sig.data(), hash->data(), hash->size(), key->bytes.data()) != 0)
        return {false, "", "the signature does not match the file"};
    std::vector<unsigned char> signed_comment(s->sig.begin(), s->sig.end());
    signed_comment.insert(signed_comment.end(), s->trusted_comment.begin(), s->trusted_comment.end());
    if (crypto_sign_verify_detached(s->global_sig.data(), signed_comment.data(), signed_comment.size(),
                                    key->bytes.data()) != 0)
        return {false, "", "the trusted comment was altered"};
    return {true, s->trusted_comment, ""};
}

VerifyResult verify_file(const std::string& path, const std::vector<PublicKey>& trusted) {
    std::string sig_path = path + ".minisig", error;
    std::error_code ec;
    if (!std::filesystem::exists(std::filesystem::symlink_status(sig_path, ec)))
        return {false, "", "there is no signature file " + sig_path};
    std::optional<std::string> signature =
        read_untrusted(sig_path, "the signature file " + sig_path, signature_file_cap, error);
    if (!signature) return {false, "", error};
    return verify_file(path, *signature, trusted);
}

} // namespace kiosk
