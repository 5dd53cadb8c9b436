// Every string the kiosk shows goes through here: laid out once per (text, style, width,
// direction) and kept, drawn as textured quads from the glyph atlas into a Dear ImGui draw list.
#pragma once
#include "text/font_set.h"
#include "text/glyph_atlas.h"
#include "text/paragraph.h"

#include <imgui.h>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kiosk {

class TextEngine {
  public:
    TextEngine(std::unique_ptr<AtlasTexture> texture, int atlas_width, int atlas_height,
               int atlas_max_height);

    void begin_frame();
    // Between frames: every laid-out paragraph (a visitor's typed words among them) is dropped and
    // its memory freed; the glyphs stay in the atlas. References layout() returned are invalid after.
    void forget_paragraphs();
    bool holds_text(std::string_view text) const; // some paragraph laid out and kept contains it
    // After Dear ImGui has ended the frame and before it is rendered: mends the texture coordinates
    // of quads drawn before the atlas grew later in the same frame.
    void end_frame();
    const Paragraph& layout(const std::string& text, TextStyle style, float width, BaseDirection dir);
    // Draws a laid-out paragraph in a box of this width at pos.
    void draw(ImDrawList* dl, const Paragraph& p, ImVec2 pos, float box_width, Align align, ImU32 colour);
    // Where codepoints [begin, end) of a paragraph drawn so are: one box a line high per line they
    // are on, on the glyphs themselves, so in right-to-left text the box is where the word reads.
    struct Box {
        ImVec2 min, max;
        float baseline; // of the box's line
    };
    static std::vector<Box> boxes(const Paragraph& p, ImVec2 pos, float box_width, Align align, size_t begin,
                                  size_t end);
    // A box behind codepoints [begin, end) of a paragraph drawn so: the word being read aloud.
    void highlight(ImDrawList* dl, const Paragraph& p, ImVec2 pos, float box_width, Align align, size_t begin,
                   size_t end, ImU32 colour);

    const AtlasGlyph* glyph(Face* face, uint32_t glyph) { return atlas_.get(face, glyph); }
    FontSet& fonts() { return fonts_; }
    const GlyphAtlas& atlas() const { return atlas_; }
    size_t cached_paragraphs() const { return cache_.size(); }

  private:
    struct Cached {
        Paragraph paragraph;
        uint64_t last_used;
    };
    FontSet fonts_;
    std::unique_ptr<AtlasTexture> texture_;
    GlyphAtlas atlas_;
    std::unordered_map<std::string, Cached> cache_;
    uint64_t frame_ = 0;
    struct Emitted { // the vertices one draw() added to a list, and the atlas height they assume
        ImDrawList* list;
        int begin, end;
        int atlas_height;
    };
    std::vector<Emitted> emitted_; // this frame's

    void trim_cache();
};

} // namespace kiosk
