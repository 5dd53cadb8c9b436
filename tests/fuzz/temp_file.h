// Readers that take a path get the fuzzer's bytes through one file per process, rewritten for
// every input, under the system's temporary directory.
#pragma once
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

namespace kiosk::fuzz {

// Removed when the fuzzer exits normally; after a crash it is left for inspection.
struct ScratchDir {
    std::filesystem::path path =
        std::filesystem::temp_directory_path() / ("kiosk-fuzz-" + std::to_string(::getpid()));
    ScratchDir() { std::filesystem::create_directories(path); }
    ~ScratchDir() {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
    }
};

inline std::filesystem::path scratch_dir() {
    static const ScratchDir dir;
    return dir.path;
}

inline std::string write_temp(const std::string& name, const uint8_t* data, size_t size) {
    std::filesystem::path p = scratch_dir() / name;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary | std::ios::trunc)
        .write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    return p.string();
}

} // namespace kiosk::fuzz
