// A recorded read-aloud clip, as a bundle's voice_clip row carries it. What is read must write
// back to bytes that read the same.
#include "core/content/wav_file.h"

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>

using namespace kiosk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    Pcm pcm;
    try {
        pcm = read_wav(std::string(reinterpret_cast<const char*>(data), size));
    } catch (const std::runtime_error&) {
        return 0;
    }
    Pcm again = read_wav(wav_bytes(pcm));
    if (again.sample_rate != pcm.sample_rate || again.samples != pcm.samples) __builtin_trap();
    return 0;
}
