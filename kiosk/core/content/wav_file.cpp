#include "core/content/wav_file.h"

#include <cstring>
#include <fstream>
#include <stdexcept>

namespace kiosk {

namespace {

void put(std::string& out, uint32_t v, int bytes) {
    for (int i = 0; i < bytes; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}

uint32_t get(const std::string& in, size_t at, int bytes) {
    uint32_t v = 0;
    for (int i = bytes - 1; i >= 0; --i)
        v = (v << 8) | static_cast<unsigned char>(in[at + static_cast<size_t>(i)]);
    return v;
}

} // namespace

int64_t duration_ms(const Pcm& pcm) {
    if (pcm.sample_rate <= 0) return 0;
    return static_cast<int64_t>(pcm.samples.size()) * 1000 / pcm.sample_rate;
}

std::string wav_bytes(const Pcm& pcm) {
    auto data = static_cast<uint32_t>(pcm.samples.size() * 2);
    auto rate = static_cast<uint32_t>(pcm.sample_rate);
    std::string out = "RIFF";
    put(out, 36 + data, 4);
    out += "WAVEfmt ";
    put(out, 16, 4);
    put(out, 1, 2); // PCM
    put(out, 1, 2); // mono
    put(out, rate, 4);
    put(out, rate * 2, 4); // bytes a second
    put(out, 2, 2);        // bytes a frame
    put(out, 16, 2);       // bits a sample
    out += "data";
    put(out, data, 4);
    for (int16_t s : pcm.samples) put(out, static_cast<uint16_t>(s), 2);
    return out;
}

void write_wav(const std::string& path, const Pcm& pcm) {
    std::ofstream f(path, std::ios::binary | std::ios::trunc);
    std::string bytes = wav_bytes(pcm);
    f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!f.flush()) throw std::runtime_error("could not write " + path);
}

Pcm read_wav(const std::string& in) {
    if (in.size() < 12 || in.compare(0, 4, "RIFF") != 0 || in.compare(8, 4, "WAVE") != 0)
        throw std::runtime_error("not a WAVE file");
    Pcm pcm;
    bool have_format = false;
    for (size_t at = 12; at + 8 <= in.size();) {
        std::string id = in.substr(at, 4);
        size_t size = get(in, at + 4, 4), body = at + 8;
        if (size > in.size() - body) throw std::runtime_error("a WAVE chunk runs past the end of the file");
        if (id == "fmt ") {
            if (size < 16 || get(in, body, 2) != 1 || get(in, body + 2, 2) != 1 ||
                get(in, body + 14, 2) != 16)
                throw std::runtime_error("only 16-bit mono PCM WAVE is read");
            pcm.sample_rate = static_cast<int>(get(in, body + 4, 4));
            if (pcm.sample_rate < 8000 || pcm.sample_rate > 96000)
                throw std::runtime_error("sample rate " + std::to_string(pcm.sample_rate) +
                                         " is out of range");
            have_format = true;
        } else if (id == "data") {
            if (!have_format) throw std::runtime_error("WAVE data comes before its format");
            pcm.samples.resize(size / 2);
            for (size_t i = 0; i < pcm.samples.size(); ++i)
                pcm.samples[i] = static_cast<int16_t>(get(in, body + 2 * i, 2));
            return pcm;
        }
        at = body + size + (size & 1); // chunks are padded to an even length
    }
    throw std::runtime_error("a WAVE file without sound data");
}

} // namespace kiosk
