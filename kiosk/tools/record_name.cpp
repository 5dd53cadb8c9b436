#include "tools/record_name.h"

namespace kiosk {

std::string record_name(std::string_view raw) {
    std::string out;
    out.reserve(raw.size());
    bool gap = false;
    for (char c : raw) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            gap = !out.empty();
            continue;
        }
        if (gap) out += ' ';
        out += c, gap = false;
    }
    return out;
}

} // namespace kiosk
