#include "text/text_engine.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace kiosk {

namespace {

constexpr size_t max_cached_paragraphs = 2048;

std::string cache_key(const std::string& text, TextStyle style, float width, BaseDirection dir) {
    std::string key;
    key.reserve(text.size() + 24);
    key += std::to_string(style.px);
    key += style.bold ? 'b' : 'r';
    key += dir == BaseDirection::Rtl ? 'R' : 'L';
    key += std::to_string(static_cast<int>(width));
    key += '\x1f';
    key += text;
    return key;
}

} // namespace

TextEngine::TextEngine(std::unique_ptr<AtlasTexture> texture, int atlas_width, int atlas_height,
                       int atlas_max_height)
    : texture_(std::move(texture)), atlas_(*texture_, atlas_width, atlas_height, atlas_max_height) {}

void TextEngine::begin_frame() {
    ++frame_;
    emitted_.clear(); // a frame built but never finished (no draw lists survive it)
    atlas_.begin_frame();
    if (cache_.size() > max_cached_paragraphs) trim_cache();
}

void TextEngine::forget_paragraphs() {
    decltype(cache_)().swap(cache_); // clear() would keep the buckets
}

bool TextEngine::holds_text(std::string_view text) const {
    return std::any_of(cache_.begin(), cache_.end(),
                       [&](const auto& kv) { return kv.first.find(text) != std::string::npos; });
}

// Drops the older half of the paragraphs: the screens in use are laid out again once.
void TextEngine::trim_cache() {
    std::vector<uint64_t> ages;
    for (const auto& [k, c] : cache_) ages.push_back(c.last_used);
    std::nth_element(ages.begin(), ages.begin() + static_cast<long>(ages.size() / 2), ages.end());
    uint64_t cutoff = ages[ages.size() / 2];
    std::erase_if(cache_, [&](const auto& kv) { return kv.second.last_used < cutoff; });
}

const Paragraph& TextEngine::layout(const std::string& text, TextStyle style, float width,
                                    BaseDirection dir) {
    // Whole pixels: the cache is keyed by them, so a paragraph is always the one made at that key.
    width = std::ceil(width); // up: a box as wide as its text, to the fraction, holds it on one line
    std::string key = cache_key(text, style, width, dir);
    auto it = cache_.find(key);
    if (it == cache_.end())
        it = cache_.emplace(std::move(key), Cached{layout_paragraph(fonts_, text, style, width, dir), 0})
                 .first;
    it->second.last_used = frame_;
    return it->second.paragraph;
}

std::vector<TextEngine::Box> TextEngine::boxes(const Paragraph& p, ImVec2 pos, float box_width, Align align,
                                               size_t begin, size_t end) {
    std::vector<Box> out;
    for (const GlyphSpan& s : glyph_spans(p, begin, end)) {
        const Line& line = p.lines[s.line];
        float x0 = line_start(p, line, pos.x, box_width, align);
        float top = pos.y + static_cast<float>(s.line) * p.line_height;
        out.push_back(
            {ImVec2(x0 + s.x0, top), ImVec2(x0 + s.x1, top + p.line_height), pos.y + line.baseline});
    }
    return out;
}

void TextEngine::highlight(ImDrawList* dl, const Paragraph& p, ImVec2 pos, float box_width, Align align,
                           size_t begin, size_t end, ImU32 colour) {
    float pad = p.line_height * 0.08f;
    for (const Box& b : boxes(p, pos, box_width, align, begin, end))
        dl->AddRectFilled(ImVec2(b.min.x - pad, b.min.y), ImVec2(b.max.x + pad, b.max.y), colour, pad * 2);
}

void TextEngine::draw(ImDrawList* dl, const Paragraph& p, ImVec2 pos, float box_width, Align align,
                      ImU32 colour) {
    // Every glyph is in the atlas before any quad is made, so the atlas does not grow under this
    // paragraph's own quads; end_frame() mends the ones an atlas growth later in the frame leaves behind.
    for (const Line& line : p.lines)
        for (const PlacedGlyph& g : line.glyphs) atlas_.get(g.face, g.glyph);
    float inv_w = 1.f / static_cast<float>(atlas_.width()), inv_h = 1.f / static_cast<float>(atlas_.height());
    emitted_.push_back({dl, dl->VtxBuffer.Size, 0, atlas_.height()});
    dl->PushTextureID(texture_->id());
    for (const Line& line : p.lines) {
        float x0 = line_start(p, line, pos.x, box_width, align);
        for (const PlacedGlyph& g : line.glyphs) {
            const AtlasGlyph* a = atlas_.get(g.face, g.glyph);
            if (!a || a->w == 0) continue;
            float x = std::round(x0 + g.x + a->left), y = std::round(pos.y + line.baseline + g.y - a->top);
            ImVec2 uv0(static_cast<float>(a->x) * inv_w, static_cast<float>(a->y) * inv_h);
            ImVec2 uv1(static_cast<float>(a->x + a->w) * inv_w, static_cast<float>(a->y + a->h) * inv_h);
            dl->PrimReserve(6, 4);
            dl->PrimRectUV(ImVec2(x, y), ImVec2(x + static_cast<float>(a->w), y + static_cast<float>(a->h)),
                           uv0, uv1, colour);
        }
    }
    dl->PopTextureID();
    emitted_.back().end = dl->VtxBuffer.Size;
}

// The atlas only grows downwards, keeping every texel where it was: a texture coordinate made for
// an older height is scaled by old / new height.
void TextEngine::end_frame() {
    float height = static_cast<float>(atlas_.height());
    for (const Emitted& e : emitted_) {
        if (e.atlas_height == atlas_.height()) continue;
        float k = static_cast<float>(e.atlas_height) / height;
        IM_ASSERT(e.end <= e.list->VtxBuffer.Size);
        for (int i = e.begin; i < e.end; ++i) e.list->VtxBuffer[i].uv.y *= k;
    }
    emitted_.clear();
}

} // namespace kiosk
