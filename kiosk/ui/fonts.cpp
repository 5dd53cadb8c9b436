#include "fonts.h"

#include <fontconfig/fontconfig.h>
#include <imgui_freetype.h>
#include <unistd.h>

namespace kiosk {

std::string find_font_file(const std::string& family, const std::string& style) {
    FcPattern* pattern = FcPatternCreate();
    FcPatternAddString(pattern, FC_FAMILY, reinterpret_cast<const FcChar8*>(family.c_str()));
    FcPatternAddString(pattern, FC_STYLE, reinterpret_cast<const FcChar8*>(style.c_str()));
    FcConfigSubstitute(nullptr, pattern, FcMatchPattern);
    FcDefaultSubstitute(pattern);
    FcResult result;
    FcPattern* match = FcFontMatch(nullptr, pattern, &result);
    std::string path;
    FcChar8 *file = nullptr, *found_family = nullptr;
    if (match && FcPatternGetString(match, FC_FAMILY, 0, &found_family) == FcResultMatch &&
        family == reinterpret_cast<const char*>(found_family) &&
        FcPatternGetString(match, FC_FILE, 0, &file) == FcResultMatch)
        path = reinterpret_cast<const char*>(file);
    if (match) FcPatternDestroy(match);
    FcPatternDestroy(pattern);
    return path;
}

Fonts load_fonts(float scale, std::string& warning) {
    // Latin with its extensions (French, Spanish ...), Cyrillic, typographic punctuation, the euro.
    static const ImWchar ranges[] = {0x0020, 0x024F, 0x0400, 0x04FF, 0x2000, 0x206F,
                                     0x20AC, 0x20AC, 0x2190, 0x2193, 0};
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    io.Fonts->FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
    std::string regular = find_font_file("Noto Sans", "Regular"), bold = find_font_file("Noto Sans", "Bold");
    if (bold.empty()) bold = regular;
    Fonts f;
    if (regular.empty() || access(regular.c_str(), R_OK) != 0) {
        warning = "the font Noto Sans was not found (install fonts-noto-core); text uses the built-in "
                  "fallback font";
        ImFontConfig cfg;
        cfg.SizePixels = 26 * scale;
        f.small = f.body = f.title = f.huge = io.Fonts->AddFontDefault(&cfg);
    } else {
        f.body = io.Fonts->AddFontFromFileTTF(regular.c_str(), 34 * scale, nullptr, ranges);
        f.small = io.Fonts->AddFontFromFileTTF(regular.c_str(), 28 * scale, nullptr, ranges);
        f.title = f.huge = io.Fonts->AddFontFromFileTTF(bold.c_str(), 46 * scale, nullptr, ranges);
    }
    io.Fonts->Build();
    return f;
}

} // namespace kiosk
