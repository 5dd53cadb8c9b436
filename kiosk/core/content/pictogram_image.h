// Pictograms are PNG files that come in bundles from USB sticks. A PNG's header says how much
// memory decoding it takes (a 1 MB file of 16384 x 16384 pixels took 2.1 GB), and stb_image
// decodes a dozen other formats too (an 83-byte TGA can claim 1 GB), so the header is read and
// bounded before any pixel is decoded: by the builder, by lint at install, and by the kiosk.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace kiosk {

// The shipped pictograms are 256 px and under 8 KB, drawn at most 256 px (120 px at 1080p):
// twice that side and eight times those bytes leave room for finer drawings, and bound what one
// decode takes (1 MB of pixels; a hostile deflate stream expands at most about 1000 times).
constexpr int pictogram_max_px = 512;
constexpr size_t pictogram_max_bytes = 64 << 10;

struct PictogramHeader {
    int width = 0, height = 0;
    std::string error; // one sentence naming the pictogram, empty when it may be decoded
};

// Empty when a pictogram of that many bytes may be read, else why not: to refuse one before reading it.
std::string pictogram_bytes_error(const std::string& name, size_t bytes);

// From the first bytes only: a PNG signature, its IHDR, and stb_image reading the same size.
PictogramHeader read_pictogram_header(const std::string& name, const std::vector<unsigned char>& png);

// The header check, then one whole decode: a truncated or damaged image is refused as well.
// Empty when the pictogram is sound. For the builder and lint, not for the frame loop.
std::string check_pictogram(const std::string& name, const std::vector<unsigned char>& png);

struct PictogramPixels {
    int width = 0, height = 0;
    std::vector<unsigned char> rgba; // width * height * 4, rows top down
};

// Decodes a pictogram that passed read_pictogram_header, scaled to fit max_px. light: for dark
// themes, every colour's lightness inverted and its hue kept. nullopt when it cannot be decoded.
std::optional<PictogramPixels> decode_pictogram(const std::vector<unsigned char>& png, int max_px,
                                                bool light);

} // namespace kiosk
