// 16-bit mono PCM in a RIFF/WAVE file: what read-aloud writes for checking without speakers, and
// the form recorded clips take in a bundle.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace kiosk {

struct Pcm {
    int sample_rate = 0;
    std::vector<int16_t> samples;
};

int64_t duration_ms(const Pcm& pcm); // 0 without a sample rate
std::string wav_bytes(const Pcm& pcm);
void write_wav(const std::string& path, const Pcm& pcm); // throws std::runtime_error naming the file
// Throws std::runtime_error saying what is wrong when the bytes are not 16-bit mono PCM WAVE.
Pcm read_wav(const std::string& bytes);

} // namespace kiosk
