#include "platform/screenshot.h"

#include "platform/gl_api.h"

#include <cstdio>
#include <memory>
#include <png.h>
#include <stdexcept>
#include <vector>

namespace kiosk {

namespace {

struct PngWriter {
    png_structp png = nullptr;
    png_infop info = nullptr;
    ~PngWriter() { png_destroy_write_struct(&png, &info); }
};

struct FileCloser {
    void operator()(FILE* f) const { std::fclose(f); }
};

} // namespace

// libpng at zlib level 1 without row filters: a screenshot is for looking at, so it is written
// fast (tens of milliseconds at 1920x1080) rather than small.
void save_screenshot(const std::string& path, int width, int height) {
    std::vector<unsigned char> pixels(static_cast<size_t>(width) * static_cast<size_t>(height) * 4);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_BACK);
    glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());

    std::unique_ptr<FILE, FileCloser> file(std::fopen(path.c_str(), "wb"));
    if (!file) throw std::runtime_error("cannot write the screenshot " + path);
    PngWriter w;
    w.png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    w.info = w.png ? png_create_info_struct(w.png) : nullptr;
    if (!w.info || setjmp(png_jmpbuf(w.png)))
        throw std::runtime_error("cannot encode the screenshot " + path);
    png_init_io(w.png, file.get());
    png_set_compression_level(w.png, 1);
    png_set_filter(w.png, PNG_FILTER_TYPE_BASE, PNG_FILTER_NONE);
    png_set_IHDR(w.png, w.info, static_cast<png_uint_32>(width), static_cast<png_uint_32>(height), 8,
                 PNG_COLOR_TYPE_RGBA, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_BASE, PNG_FILTER_TYPE_BASE);
    png_write_info(w.png, w.info);
    for (int y = height - 1; y >= 0; --y) // OpenGL's rows run bottom to top
        png_write_row(w.png, pixels.data() + static_cast<size_t>(y) * static_cast<size_t>(width) * 4);
    png_write_end(w.png, nullptr);
}

} // namespace kiosk
