#include "dump_item.h"

#include <fstream>
#include <nlohmann/json.hpp>

namespace kiosk::render_check {

std::optional<DumpItem> dump_item(const std::string& dump, const std::string& id) {
    nlohmann::json items = nlohmann::json::parse(std::ifstream(dump), nullptr, false);
    if (!items.is_array()) return std::nullopt;
    for (const auto& i : items)
        if (i.value("id", "") == id)
            return DumpItem{i.value("label", ""), i.value("x", 0), i.value("y", 0), i.value("w", 0),
                            i.value("h", 0)};
    return std::nullopt;
}

} // namespace kiosk::render_check
