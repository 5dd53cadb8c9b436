// Minisign files from a USB stick: a bundle's .minisig, checked against a trusted key, and public
// keys as the configuration and `kiosk-content verify` read them. The key and the signed bytes are
// those of corpus/signature/ (made with Debian's minisign 0.11; the secret key was thrown away),
// so a mutated signature that still verifies would be a forgery.
#include "core/update/signature.h"
#include "temp_file.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

using namespace kiosk;

namespace {

const char* const trusted_key = "RWR5YpYuVCVM9yFNICtskMcoIAzCRAwvS9qxGfF2HqBctsYnfmRtSsj9";
const char* const signed_text = "kiosk fuzz: the bytes a bundle signature covers\n";
const char* const signed_comment = "kiosk-bundle id=test version=1 date=2026-12-03 schema=9";

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const std::string file = fuzz::write_temp(
        "signed.bin", reinterpret_cast<const uint8_t*>(signed_text), std::string_view(signed_text).size());
    static const PublicKey key = *parse_public_key(trusted_key);
    std::string_view text(reinterpret_cast<const char*>(data), size);

    if (std::optional<PublicKey> k = parse_public_key(text)) {
        std::optional<PublicKey> again = parse_public_key(format_public_key(*k));
        if (!again || again->bytes != k->bytes || again->key_id != k->key_id) __builtin_trap();
    }
    (void)parse_signature(text);
    VerifyResult v = verify_file(file, text, {key});
    if (v.ok && v.trusted_comment != signed_comment) __builtin_trap(); // only the real comment is signed
    if (!v.ok && v.error.empty()) __builtin_trap();
    return 0;
}
