// The fonts the kiosk draws with, found through fontconfig (never by hard-coded path). Each font
// file is opened once (one FreeType face, one HarfBuzz face); each pixel size adds only a FreeType
// size and a HarfBuzz font, created on first use. Families are chosen per script, with fallback
// when a face lacks a character.
#pragma once
#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <tuple>
#include <vector>

typedef struct FT_LibraryRec_* FT_Library;
typedef struct FT_FaceRec_* FT_Face;
typedef struct FT_SizeRec_* FT_Size;
typedef struct hb_face_t hb_face_t;
typedef struct hb_font_t hb_font_t;

namespace kiosk {

class FontStream;

enum class Family : uint8_t { Latin, Arabic, Ethiopic, Cjk, Count };

struct FontFile {
    std::string path; // empty when fontconfig has no such family
    int index = 0;    // the face inside a collection (.ttc)
};

// What fontconfig chooses for this family and style, only if it really is that family
// (fontconfig would otherwise substitute another without saying so).
FontFile find_font(const std::string& family, const std::string& style);

struct Face {
    FT_Face ft = nullptr; // shared by every size of this file: activate `size` before using it
    FT_Size size = nullptr;
    hb_font_t* hb = nullptr; // HarfBuzz's own OpenType functions at this size: no FreeType state
    Family family = Family::Latin;
    bool bold = false;
    int px = 0;
    uint32_t id = 0; // stable for the program's life: keys the glyph cache
};

class FontSet {
  public:
    FontSet(); // looks the families up; a missing one is reported by missing()
    ~FontSet();
    FontSet(const FontSet&) = delete;
    FontSet& operator=(const FontSet&) = delete;

    Face* face(Family family, bool bold, int px); // null when the family is missing
    bool has_char(Family family, uint32_t codepoint);
    // The family to draw this character with: its script's family, else the first that has it.
    Family family_for(uint32_t codepoint, Family preferred);
    std::vector<std::string> missing() const; // families fontconfig could not find

  private:
    struct OpenFile {
        std::unique_ptr<FontStream> file; // what FreeType reads the face from: outlives the face
        FT_Face ft = nullptr;
        hb_face_t* hb = nullptr;
    };
    FT_Library ft_ = nullptr;
    std::array<FontFile, 2 * static_cast<size_t>(Family::Count)> files_; // regular, bold per family
    std::map<std::pair<Family, bool>, OpenFile> open_;
    std::map<std::tuple<Family, bool, int>, std::unique_ptr<Face>> faces_;
    uint32_t next_id_ = 1;

    const FontFile& file(Family family, bool bold) const;
    const OpenFile* open(Family family, bool bold);
};

// Renders the glyph into face->ft->glyph->bitmap, one byte of coverage a pixel (what the atlas and
// the printed slip both take); false when FreeType cannot. Valid until the face's next glyph load.
bool rasterise(Face* face, uint32_t glyph);

Family script_family(uint32_t codepoint); // by Unicode block: Arabic, Ethiopic, CJK, else Latin
bool is_neutral(uint32_t codepoint);      // spaces, digits, punctuation: take the family around them

} // namespace kiosk
