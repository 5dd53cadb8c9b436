#include "text/glyph_atlas.h"

#include <algorithm>
#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_SIZES_H

namespace kiosk {

namespace {

constexpr int padding = 1; // keeps bilinear sampling from bleeding into neighbours

uint64_t key_of(const Face* face, uint32_t glyph) {
    return (static_cast<uint64_t>(face->id) << 32) | glyph;
}

int shelf_height_for(int h) {
    return (h + padding + 7) / 8 * 8;
} // few shelf sizes: less waste

// The rendered bitmap into the texture at (x, y), its rows packed (FreeType's pitch may pad them).
void upload(AtlasTexture& texture, const FT_Bitmap& bm, int x, int y) {
    int w = static_cast<int>(bm.width), h = static_cast<int>(bm.rows);
    std::vector<uint8_t> block(static_cast<size_t>(w) * static_cast<size_t>(h));
    for (int row = 0; row < h; ++row)
        std::copy_n(bm.buffer + row * bm.pitch, w, block.begin() + static_cast<long>(row) * w);
    texture.upload(x, y, w, h, block.data());
}

} // namespace

GlyphAtlas::GlyphAtlas(AtlasTexture& texture, int width, int height, int max_height)
    : texture_(texture), width_(width), height_(height), max_height_(max_height) {
    texture_.resize(width_, height_);
}

bool GlyphAtlas::place(int w, int h, int& x, int& y, int& shelf) {
    int sh = shelf_height_for(h);
    for (size_t i = 0; i < shelves_.size(); ++i) {
        Shelf& s = shelves_[i];
        if (s.height >= sh && s.height < sh + 16 && s.used_x + w + padding <= width_) {
            x = s.used_x, y = s.y, shelf = static_cast<int>(i);
            s.used_x += w + padding;
            return true;
        }
    }
    int top = shelves_.empty() ? 0 : shelves_.back().y + shelves_.back().height;
    if (top + sh > height_) return false;
    shelves_.push_back({top, sh, w + padding, 0, {}});
    x = 0, y = top, shelf = static_cast<int>(shelves_.size() - 1);
    return true;
}

// A taller texture, every glyph rasterised again where it was: quads already made for this frame
// keep pointing at the right texels (TextEngine::end_frame scales their texture coordinates).
void GlyphAtlas::grow() {
    height_ = std::min(height_ * 2, max_height_);
    texture_.resize(width_, height_);
    std::vector<uint64_t> lost;
    for (const auto& [key, g] : glyphs_) {
        if (g.w == 0) continue; // no ink, nothing in the texture
        auto face = faces_.find(static_cast<uint32_t>(key >> 32));
        uint32_t glyph = static_cast<uint32_t>(key);
        if (face == faces_.end() || !rasterise(face->second, glyph) ||
            static_cast<int>(face->second->ft->glyph->bitmap.width) != g.w ||
            static_cast<int>(face->second->ft->glyph->bitmap.rows) != g.h) {
            lost.push_back(
                key); // FreeType drew it once, so never seen: it is rasterised anew when next drawn
            continue;
        }
        upload(texture_, face->second->ft->glyph->bitmap, g.x, g.y);
    }
    for (uint64_t key : lost) {
        int shelf = glyphs_[key].shelf;
        std::erase(shelves_[static_cast<size_t>(shelf)].keys, key);
        glyphs_.erase(key);
    }
}

// Zeroes these rows of the texture, a band at a time: the padding round each glyph must be empty
// for the texture's filtering not to bleed a neighbour in.
void GlyphAtlas::clear_rows(int y, int height) {
    constexpr int band = 64;
    std::vector<uint8_t> zeros(static_cast<size_t>(width_) * static_cast<size_t>(std::min(band, height)));
    for (int row = y; row < y + height; row += band)
        texture_.upload(0, row, width_, std::min(band, y + height - row), zeros.data());
}

// Empties the least recently used shelf of about this height that the current frame does not use.
bool GlyphAtlas::evict_one_shelf(int min_height) {
    Shelf* victim = nullptr;
    for (Shelf& s : shelves_)
        if (s.height >= min_height && s.height < min_height + 16 && s.last_used < frame_ &&
            (!victim || s.last_used < victim->last_used))
            victim = &s;
    if (!victim) return false;
    for (uint64_t k : victim->keys) glyphs_.erase(k);
    evicted_ += victim->keys.size();
    victim->keys.clear();
    victim->used_x = 0;
    clear_rows(victim->y, victim->height);
    return true;
}

const AtlasGlyph* GlyphAtlas::get(Face* face, uint32_t glyph) {
    uint64_t key = key_of(face, glyph);
    auto it = glyphs_.find(key);
    if (it != glyphs_.end()) {
        it->second.last_used = frame_;
        if (it->second.shelf >= 0) shelves_[static_cast<size_t>(it->second.shelf)].last_used = frame_;
        return &it->second;
    }
    if (!rasterise(face, glyph)) return nullptr;
    faces_.emplace(face->id, face);
    AtlasGlyph g;
    g.w = static_cast<int>(face->ft->glyph->bitmap.width);
    g.h = static_cast<int>(face->ft->glyph->bitmap.rows);
    g.left = static_cast<float>(face->ft->glyph->bitmap_left);
    g.top = static_cast<float>(face->ft->glyph->bitmap_top);
    g.last_used = frame_;
    ++rasterised_;
    if (g.w > 0 && g.h > 0) {
        if (g.w + padding > width_) return nullptr;
        bool placed = place(g.w, g.h, g.x, g.y, g.shelf), grew = false;
        while (!placed && height_ < max_height_)
            grow(), grew = true, placed = place(g.w, g.h, g.x, g.y, g.shelf);
        while (!placed && evict_one_shelf(shelf_height_for(g.h))) placed = place(g.w, g.h, g.x, g.y, g.shelf);
        if (!placed && drop_stale_shelves_at_top()) placed = place(g.w, g.h, g.x, g.y, g.shelf);
        if (!placed) return nullptr;
        // grow() rasterised other glyphs into the face's one glyph slot: this one is drawn again.
        if (grew && !rasterise(face, glyph)) return nullptr;
        upload(texture_, face->ft->glyph->bitmap, g.x, g.y);
        Shelf& s = shelves_[static_cast<size_t>(g.shelf)];
        s.keys.push_back(key);
        s.last_used = frame_;
    }
    return &glyphs_.emplace(key, g).first->second;
}

// No shelf of the right height could be emptied: free the stale shelves at the top of the
// atlas, whatever their height, so a glyph of a new size finds room.
bool GlyphAtlas::drop_stale_shelves_at_top() {
    bool dropped = false;
    while (!shelves_.empty() && shelves_.back().last_used < frame_) {
        Shelf& s = shelves_.back();
        for (uint64_t k : s.keys) glyphs_.erase(k);
        evicted_ += s.keys.size();
        clear_rows(s.y, s.height); // shelves of other heights take the rows next
        shelves_.pop_back();
        dropped = true;
    }
    return dropped;
}

AtlasStats GlyphAtlas::stats() const {
    return {width_, height_, glyphs_.size(), rasterised_, evicted_};
}

} // namespace kiosk
