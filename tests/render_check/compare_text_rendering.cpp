// Checks that the kiosk draws a string as a reference shaper does: HarfBuzz's hb-view renders the
// same string with the same font at the same size, and the ink of both images must match.
// Unshaped Arabic (isolated letters) or reversed text would not. A control run renders the string
// with its characters reversed and must match clearly worse, so the check can tell them apart.
//
//   compare_text_rendering SHOT.png DUMP.json ITEM_ID "FAMILY" STYLE PX
//
// The item's label (from the dump) is the text compared.
#include "dump_item.h"
#include "ink_mask.h"

#include <stb_image.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <unistd.h>
#include <vector>

using namespace kiosk;
using namespace kiosk::render_check;

int main(int argc, char** argv) {
    if (argc != 7) {
        std::fprintf(stderr, "usage: compare_text_rendering SHOT.png DUMP.json ITEM_ID FAMILY STYLE PX\n");
        return 2;
    }
    std::string shot = argv[1], dump = argv[2], id = argv[3], family = argv[4], style = argv[5];
    int px = std::atoi(argv[6]);
    std::optional<DumpItem> item = dump_item(dump, id);
    if (!item) return std::fprintf(stderr, "no item %s in %s\n", id.c_str(), dump.c_str()), 1;
    std::string text = item->label;
    Mask kiosk = load_ink(shot, item->x + 4, item->y + 4, item->w - 8, item->h - 8, true);
    FontFile font = find_font(family, style);
    if (font.path.empty())
        return std::fprintf(stderr, "font %s %s not found\n", family.c_str(), style.c_str()), 1;
    std::string tmp = "/tmp/kiosk-render-" + std::to_string(::getpid());
    Mask ref = reference(font, px, text, tmp + "-ref.png");
    Mask control = reference(font, px, reversed_utf8(text), tmp + "-control.png");
    std::remove((tmp + "-ref.png").c_str()), std::remove((tmp + "-control.png").c_str());
    std::remove((tmp + "-ref.png.txt").c_str()), std::remove((tmp + "-control.png.txt").c_str());
    if (kiosk.ink.empty() || ref.ink.empty())
        return std::fprintf(stderr, "%s: no ink to compare\n", id.c_str()), 1;
    double same = overlap(kiosk, ref), reversed = overlap(kiosk, control);
    bool size_ok = std::abs(kiosk.w - ref.w) <= 3 && std::abs(kiosk.h - ref.h) <= 3;
    std::printf("%s \"%s\": kiosk ink %dx%d, hb-view %dx%d; overlap with hb-view %.2f, with the reversed "
                "control %.2f\n",
                id.c_str(), text.c_str(), kiosk.w, kiosk.h, ref.w, ref.h, same, reversed);
    bool ok = size_ok && same >= 0.70 && same - reversed >= 0.15;
    std::printf("%s\n", ok ? "1 passed, 0 failed" : "0 passed, 1 failed");
    return ok ? 0 : 1;
}
