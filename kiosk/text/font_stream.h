// A font file as FreeType reads it: with pread, only the bytes a lookup or a glyph needs, into
// buffers FreeType frees again, instead of the whole file mapped. FreeType's own mapping of a
// file keeps every page it ever touched counted in the kiosk's memory: the Chinese font is a
// 19 MB collection whose glyphs are scattered through it, and a visit in all ten languages left
// about 6 MB of its pages resident in the mapping. Read this way they stay in the kernel's page
// cache, shared with everything else and given back under pressure.
#pragma once
#include <ft2build.h>
#include FT_FREETYPE_H
#include <memory>
#include <string>

namespace kiosk {

class FontStream {
  public:
    // Null when the file cannot be opened or measured.
    static std::unique_ptr<FontStream> open(const std::string& path);
    ~FontStream();
    FontStream(const FontStream&) = delete;
    FontStream& operator=(const FontStream&) = delete;

    // What FT_Open_Face takes (FT_OPEN_STREAM): it must outlive the face opened with it.
    FT_Open_Args args();

  private:
    explicit FontStream(int fd, unsigned long size);
    int fd_;
    FT_StreamRec stream_{};
};

} // namespace kiosk
