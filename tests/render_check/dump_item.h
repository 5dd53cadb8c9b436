// An item of a script driver dump (DUMP.json: [{id, label, x, y, w, h, ...}]), found by its id.
#pragma once
#include <optional>
#include <string>

namespace kiosk::render_check {

struct DumpItem {
    std::string label;
    int x = 0, y = 0, w = 0, h = 0; // its visible part, in pixels
};

std::optional<DumpItem> dump_item(const std::string& dump, const std::string& id);

} // namespace kiosk::render_check
