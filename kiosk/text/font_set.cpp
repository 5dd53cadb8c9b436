#include "text/font_set.h"

#include "text/font_stream.h"

#include <fontconfig/fontconfig.h>
#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_SIZES_H
#include <hb-ot.h>
#include <hb.h>

namespace kiosk {

namespace {

struct FamilyName {
    const char* name;
    const char* regular;
    const char* bold;
};

// Debian's fonts-noto-core and fonts-noto-cjk.
const FamilyName family_names[] = {
    {"Noto Sans", "Regular", "Bold"},
    {"Noto Sans Arabic", "Regular", "Bold"},
    {"Noto Sans Ethiopic", "Regular", "Bold"},
    {"Noto Sans CJK SC", "Regular", "Bold"},
};

} // namespace

FontFile find_font(const std::string& family, const std::string& style) {
    FcPattern* pattern = FcPatternCreate();
    FcPatternAddString(pattern, FC_FAMILY, reinterpret_cast<const FcChar8*>(family.c_str()));
    FcPatternAddString(pattern, FC_STYLE, reinterpret_cast<const FcChar8*>(style.c_str()));
    FcConfigSubstitute(nullptr, pattern, FcMatchPattern);
    FcDefaultSubstitute(pattern);
    FcResult result;
    FcPattern* match = FcFontMatch(nullptr, pattern, &result);
    FontFile out;
    FcChar8 *file = nullptr, *found = nullptr;
    int index = 0;
    if (match && FcPatternGetString(match, FC_FAMILY, 0, &found) == FcResultMatch &&
        family == reinterpret_cast<const char*>(found) &&
        FcPatternGetString(match, FC_FILE, 0, &file) == FcResultMatch) {
        out.path = reinterpret_cast<const char*>(file);
        if (FcPatternGetInteger(match, FC_INDEX, 0, &index) == FcResultMatch) out.index = index;
    }
    if (match) FcPatternDestroy(match);
    FcPatternDestroy(pattern);
    return out;
}

Family script_family(uint32_t c) {
    if ((c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) || (c >= 0x08A0 && c <= 0x08FF) ||
        (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF))
        return Family::Arabic;
    if ((c >= 0x1200 && c <= 0x139F) || (c >= 0x2D80 && c <= 0x2DDF) || (c >= 0xAB00 && c <= 0xAB2F))
        return Family::Ethiopic;
    if ((c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFFEF) ||
        (c >= 0x20000 && c <= 0x3FFFF))
        return Family::Cjk;
    return Family::Latin;
}

bool is_neutral(uint32_t c) {
    if (c < 0x80) return !((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'));
    return (c >= 0x2000 && c <= 0x206F) || c == 0x00A0 || c == 0x00AB || c == 0x00BB || c == 0x00B7 ||
           c == 0x060C || c == 0x061F || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF0F);
}

FontSet::FontSet() {
    FT_Init_FreeType(&ft_);
    for (size_t i = 0; i < static_cast<size_t>(Family::Count); ++i) {
        files_[2 * i] = find_font(family_names[i].name, family_names[i].regular);
        files_[2 * i + 1] = find_font(family_names[i].name, family_names[i].bold);
        if (files_[2 * i + 1].path.empty()) files_[2 * i + 1] = files_[2 * i];
    }
}

FontSet::~FontSet() {
    for (auto& [key, f] : faces_) hb_font_destroy(f->hb); // FT sizes go with their face
    for (auto& [key, o] : open_) {
        hb_face_destroy(o.hb);
        FT_Done_Face(o.ft);
    }
    FT_Done_FreeType(ft_);
}

const FontSet::OpenFile* FontSet::open(Family family, bool bold) {
    auto key = std::make_pair(family, bold);
    auto it = open_.find(key);
    if (it != open_.end()) return it->second.ft ? &it->second : nullptr;
    const FontFile& f = file(family, bold);
    OpenFile o;
    if (!f.path.empty()) o.file = FontStream::open(f.path);
    FT_Open_Args args = o.file ? o.file->args() : FT_Open_Args{};
    if (o.file && FT_Open_Face(ft_, &args, f.index, &o.ft) == 0) {
        // HarfBuzz maps the file: shaping reads a few small tables (cmap, GSUB, GPOS, hmtx), whose
        // pages are all it touches, and the glyphs' outlines are FreeType's to read.
        hb_blob_t* blob = hb_blob_create_from_file(f.path.c_str());
        o.hb = hb_face_create(blob, static_cast<unsigned>(f.index));
        hb_blob_destroy(blob);
    } else {
        o.ft = nullptr;
        o.file.reset(); // a file FreeType cannot read is not kept open
    }
    it = open_.emplace(key, std::move(o)).first;
    return it->second.ft ? &it->second : nullptr;
}

const FontFile& FontSet::file(Family family, bool bold) const {
    return files_[2 * static_cast<size_t>(family) + (bold ? 1 : 0)];
}

std::vector<std::string> FontSet::missing() const {
    std::vector<std::string> out;
    for (size_t i = 0; i < static_cast<size_t>(Family::Count); ++i)
        if (files_[2 * i].path.empty()) out.push_back(family_names[i].name);
    return out;
}

Face* FontSet::face(Family family, bool bold, int px) {
    auto key = std::make_tuple(family, bold, px);
    auto it = faces_.find(key);
    if (it != faces_.end()) return it->second.get();
    const OpenFile* o = open(family, bold);
    if (!o) return nullptr;
    auto face = std::make_unique<Face>();
    face->ft = o->ft;
    if (FT_New_Size(o->ft, &face->size) != 0) return nullptr;
    FT_Activate_Size(face->size);
    FT_Set_Pixel_Sizes(o->ft, 0, static_cast<FT_UInt>(px));
    face->hb = hb_font_create(o->hb);
    hb_font_set_scale(face->hb, px * 64, px * 64); // positions in 26.6 pixels, as FreeType's
    hb_ot_font_set_funcs(face->hb);
    face->family = family;
    face->bold = bold;
    face->px = px;
    face->id = next_id_++;
    return faces_.emplace(key, std::move(face)).first->second.get();
}

bool FontSet::has_char(Family family, uint32_t codepoint) {
    const OpenFile* o = open(family, false);
    return o && FT_Get_Char_Index(o->ft, codepoint) != 0;
}

Family FontSet::family_for(uint32_t codepoint, Family preferred) {
    Family own = script_family(codepoint);
    if (own == Family::Latin && is_neutral(codepoint) && has_char(preferred, codepoint)) return preferred;
    if (has_char(own, codepoint)) return own;
    for (size_t i = 0; i < static_cast<size_t>(Family::Count); ++i)
        if (has_char(static_cast<Family>(i), codepoint)) return static_cast<Family>(i);
    return own;
}

bool rasterise(Face* face, uint32_t glyph) {
    FT_Activate_Size(face->size); // the face's file is shared by every size
    if (FT_Load_Glyph(face->ft, glyph, FT_LOAD_NO_BITMAP | FT_LOAD_TARGET_LIGHT) != 0 ||
        FT_Render_Glyph(face->ft->glyph, FT_RENDER_MODE_NORMAL) != 0)
        return false;
    return face->ft->glyph->bitmap.pixel_mode == FT_PIXEL_MODE_GRAY;
}

} // namespace kiosk
