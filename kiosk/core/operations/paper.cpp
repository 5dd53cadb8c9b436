#include "core/operations/paper.h"

#include <cmath>

namespace kiosk {

namespace {

const std::vector<Paper>& papers() {
    static const std::vector<Paper> all = {
        {"58mm", 58, 0, 48, 4, 203.2f, 1.f, ""},
        {"80mm", 80, 0, 72, 4, 203.2f, 1.f, ""},
        {"A5", 148, 210, 128, 10, 300, 1.f, "iso_a5_148x210mm"},
        {"A4", 210, 297, 180, 15, 300, 1.3f, "iso_a4_210x297mm"},
    };
    return all;
}

} // namespace

int Paper::dots(float mm) const {
    return static_cast<int>(std::lround(mm * dpi / 25.4f));
}

std::optional<Paper> paper_named(const std::string& name) {
    for (const Paper& p : papers())
        if (p.name == name) return p;
    return std::nullopt;
}

std::vector<std::string> paper_names() {
    std::vector<std::string> out;
    for (const Paper& p : papers()) out.push_back(p.name);
    return out;
}

} // namespace kiosk
