// A dynamic glyph atlas: glyphs are rasterised by FreeType when first drawn and packed on shelves
// of a single-channel texture. When it is full the texture grows (up to a limit); past that the
// shelf used least recently is emptied and reused. The texture is the only copy of the pixels:
// when it grows, the glyphs it holds are rasterised again at the same places (a kept copy would
// be 2 to 4 MB for an event that comes twice in a kiosk's life).
// The texture itself is behind AtlasTexture, so the packing is tested without OpenGL.
#pragma once
#include "text/font_set.h"

#include <cstdint>
#include <unordered_map>
#include <vector>

namespace kiosk {

struct AtlasTexture {
    virtual ~AtlasTexture() = default;
    virtual void resize(int width, int height) = 0; // a new texture, every texel zero: keeps nothing
    virtual void upload(int x, int y, int w, int h, const uint8_t* pixels) = 0;
    virtual void* id() const = 0; // what the renderer binds
};

struct AtlasGlyph {
    int x = 0, y = 0, w = 0, h = 0; // in the texture; w == 0 for a glyph with no ink (a space)
    float left = 0, top = 0;        // bitmap offset from the pen position
    int shelf = -1;
    uint64_t last_used = 0;
};

struct AtlasStats {
    int width = 0, height = 0;
    size_t glyphs = 0;
    uint64_t rasterised = 0, evicted = 0;
};

class GlyphAtlas {
  public:
    GlyphAtlas(AtlasTexture& texture, int width, int height, int max_height);

    void begin_frame() { ++frame_; }                   // glyphs used in the current frame are never evicted
    const AtlasGlyph* get(Face* face, uint32_t glyph); // null when it cannot be placed
    AtlasStats stats() const;
    int width() const { return width_; }
    int height() const { return height_; }

  private:
    struct Shelf {
        int y, height, used_x = 0;
        uint64_t last_used = 0;
        std::vector<uint64_t> keys;
    };
    AtlasTexture& texture_;
    int width_, height_, max_height_;
    std::vector<Shelf> shelves_;
    std::unordered_map<uint64_t, AtlasGlyph> glyphs_;
    std::unordered_map<uint32_t, Face*> faces_; // by id, to rasterise a glyph again when the atlas grows
    uint64_t frame_ = 1, rasterised_ = 0, evicted_ = 0;

    bool place(int w, int h, int& x, int& y, int& shelf);
    bool evict_one_shelf(int min_height);
    bool drop_stale_shelves_at_top();
    void clear_rows(int y, int height);
    void grow();
};

} // namespace kiosk
