// Reads the item dumps an end-to-end script wrote (`dump NAME` → NAME.json) and prints every
// layout problem: something off the screen, tappable things overlapping, text cut off, a target
// under 9 mm on a screen WIDTH pixels and WIDTH_MM millimetres across.
// Usage: check_layout WIDTH HEIGHT WIDTH_MM FILE.json...   exit 1 when there is any problem.
#include "core/screen/layout_check.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>

using namespace kiosk;

int main(int argc, char** argv) {
    float width = argc > 3 ? std::strtof(argv[1], nullptr) : 0,
          height = argc > 3 ? std::strtof(argv[2], nullptr) : 0;
    float width_mm = argc > 3 ? std::strtof(argv[3], nullptr) : 0;
    if (argc < 5 || width <= 0 || height <= 0 || width_mm <= 0) {
        std::fprintf(stderr, "usage: check_layout WIDTH HEIGHT WIDTH_MM FILE.json...\n");
        return 2;
    }
    float px_per_mm = width / width_mm;
    int problems = 0;
    for (int a = 4; a < argc; ++a) {
        std::ifstream in(argv[a]);
        nlohmann::json dump = nlohmann::json::parse(in, nullptr, false);
        if (dump.is_discarded() || !dump.is_array()) {
            std::fprintf(stderr, "%s: not an item dump\n", argv[a]);
            return 2;
        }
        std::vector<Item> items;
        for (const auto& j : dump) {
            const auto& f = j.at("full");
            items.push_back({j.at("id"), j.at("label"), Rect{j.at("x"), j.at("y"), j.at("w"), j.at("h")},
                             Rect{f.at(0), f.at(1), f.at(2), f.at(3)}, j.at("scrolls"),
                             j.value("pictogram", "")});
        }
        for (const std::string& p : layout_problems(items, width, height, px_per_mm)) {
            std::printf("%s: %s\n", argv[a], p.c_str());
            ++problems;
        }
    }
    std::printf("%d layout problem(s) in %d screen(s)\n", problems, argc - 4);
    return problems ? 1 : 0;
}
