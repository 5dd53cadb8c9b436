// Pictograms come from bundles on USB sticks: their header is read and bounded before any pixel
// is decoded, and decoding runs on a thread of its own, never in the frame loop.
#include "core/content/pictogram_decoder.h"
#include "core/content/pictogram_image.h"

#include <catch.hpp>
#include <chrono>
#include <condition_variable>
#include <fstream>
#include <iterator>
#include <mutex>

using namespace kiosk;

namespace {

std::vector<unsigned char> shipped(const std::string& name) {
    std::ifstream in(std::string(KIOSK_SOURCE_DIR) + "/assets/" + name + ".png", std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// 83 bytes of RLE TGA whose header claims 16384 x 16384 pixels of 32 bits: stb_image would
// allocate 1 GB to decode it.
std::vector<unsigned char> huge_tga() {
    std::vector<unsigned char> t(83, 0);
    t[2] = 10;                                                  // run-length encoded true colour
    t[13] = t[15] = 0x40;                                       // width and height 0x4000, little-endian
    t[16] = 32, t[17] = 8;                                      // bits per pixel, alpha bits
    for (size_t i = 18; i + 5 <= t.size(); i += 5) t[i] = 0xff; // runs of 128 pixels
    return t;
}

// A real pictogram whose header is changed to say 16384 x 16384: the rest is still a small image.
std::vector<unsigned char> png_claiming_huge() {
    std::vector<unsigned char> png = shipped("back");
    for (size_t at : {16, 20}) png[at] = 0, png[at + 1] = 0, png[at + 2] = 0x40, png[at + 3] = 0;
    return png;
}

} // namespace

TEST_CASE("a shipped pictogram passes the header check and decodes to the size asked", "[pictogram]") {
    std::vector<unsigned char> png = shipped("back");
    PictogramHeader h = read_pictogram_header("back", png);
    CHECK(h.error.empty());
    CHECK(h.width == 256);
    CHECK(h.height == 256);
    CHECK(check_pictogram("back", png).empty());
    std::optional<PictogramPixels> p = decode_pictogram(png, 128, false);
    REQUIRE(p);
    CHECK(p->width == 128);
    CHECK(p->height == 128);
    CHECK(p->rgba.size() == 128u * 128u * 4u);
}

TEST_CASE("an image that is not a PNG is refused from its first bytes", "[pictogram]") {
    std::vector<unsigned char> tga = huge_tga();
    REQUIRE(tga.size() == 83);
    CHECK(read_pictogram_header("bomb", tga).error == "pictogram bomb is not a PNG image");
    CHECK(check_pictogram("bomb", tga) == "pictogram bomb is not a PNG image");
}

TEST_CASE("a PNG whose header declares a huge size is refused before decoding", "[pictogram]") {
    PictogramHeader h = read_pictogram_header("wide", png_claiming_huge());
    CHECK(h.error == "pictogram wide is 16384x16384 pixels, over the limit of 512x512");
    std::vector<unsigned char> tall = shipped("back");
    tall[22] = 0x03; // height 3 x 256: 768
    CHECK(read_pictogram_header("tall", tall).error ==
          "pictogram tall is 256x768 pixels, over the limit of 512x512");
}

TEST_CASE("a truncated or oversized PNG is refused", "[pictogram]") {
    std::vector<unsigned char> png = shipped("back");
    std::vector<unsigned char> stub(png.begin(), png.begin() + 20);
    CHECK(read_pictogram_header("stub", stub).error ==
          "pictogram stub is cut short or damaged (no PNG header)");
    std::vector<unsigned char> cut(png.begin(), png.begin() + 200); // header whole, pixels cut
    CHECK(read_pictogram_header("cut", cut).error ==
          "pictogram cut is cut short or damaged (a chunk runs past the end of the file)");
    CHECK_FALSE(decode_pictogram(cut, 128, false));
    // Every chunk whole, the compressed pixels garbled: only decoding finds it.
    std::vector<unsigned char> garbled = png;
    std::fill(garbled.begin() + 41, garbled.begin() + 200, 0xff); // inside the image data, after IHDR
    CHECK(read_pictogram_header("garbled", garbled).error.empty());
    CHECK(check_pictogram("garbled", garbled) ==
          "pictogram garbled cannot be decoded: it is cut short or damaged");
    std::vector<unsigned char> padded = png;
    padded.resize(pictogram_max_bytes + 1);
    CHECK(read_pictogram_header("padded", padded).error ==
          "pictogram padded is 65537 bytes, over the limit of 65536");
}

TEST_CASE("pictograms are decoded on the decoder's thread and collected when done", "[pictogram]") {
    std::mutex m;
    std::condition_variable cv;
    int wakes = 0;
    PictogramDecoder decoder([&] {
        std::lock_guard<std::mutex> lock(m);
        ++wakes;
        cv.notify_all();
    });
    std::vector<unsigned char> png = shipped("back");
    decoder.submit({"back", true, png, 64});
    decoder.submit({"cut", false, std::vector<unsigned char>(png.begin(), png.begin() + 200), 64});
    std::vector<DecodedPictogram> done;
    for (int round = 0; round < 2 && done.size() < 2; ++round) {
        std::unique_lock<std::mutex> lock(m);
        cv.wait_for(lock, std::chrono::seconds(30), [&] { return wakes > round; }); // a hang guard
        lock.unlock();
        for (DecodedPictogram& d : decoder.take_done()) done.push_back(std::move(d));
    }
    REQUIRE(done.size() == 2);
    CHECK(done[0].name == "back");
    CHECK(done[0].light);
    REQUIRE(done[0].pixels);
    CHECK(done[0].pixels->width == 64);
    CHECK(done[1].name == "cut");
    CHECK_FALSE(done[1].pixels);
    CHECK_FALSE(decoder.has_done());
}

// Found by fuzzing: 256 x 256 in its header, but its image data chunk says it is 1 GB long, and
// stb_image allocated the 1 GB before finding the data missing. Every chunk must fit in the file.
TEST_CASE("a PNG whose chunk claims more bytes than the file holds is refused before decoding",
          "[pictogram]") {
    std::vector<unsigned char> png = shipped("back");
    size_t idat = 8 + 8 + 13 + 4; // signature, IHDR's length, type, data and CRC
    while (idat + 8 <= png.size() && !std::equal(png.begin() + idat + 4, png.begin() + idat + 8, "IDAT"))
        idat += 12 + (size_t{png[idat]} << 24 | size_t{png[idat + 1]} << 16 | size_t{png[idat + 2]} << 8 |
                      size_t{png[idat + 3]});
    REQUIRE(idat + 8 <= png.size());
    png[idat] = 0x40, png[idat + 1] = 0, png[idat + 2] = 0, png[idat + 3] = 0; // 1 GB
    CHECK(read_pictogram_header("liar", png).error ==
          "pictogram liar is cut short or damaged (a chunk runs past "
          "the end of the file)");
    CHECK_FALSE(check_pictogram("liar", png).empty());
}
