#include "dump_item.h"

#include <fstream>
#include <nlohmann/json.hpp>

namespace kiosk::render_check {

// An item by its id, or a text with no id by its words: "text:116 006".
std::optional<DumpItem> dump_item(const std::string& dump, const std::string& id) {
    nlohmann::json items = nlohmann::json::parse(std::ifstream(dump), nullptr, false);
    if (!items.is_array()) return std::nullopt;
    bool by_text = id.rfind("text:", 0) == 0;
    for (const auto& i : items)
        if (by_text ? i.value("id", "") == "" && i.value("label", "") == id.substr(5)
                    : i.value("id", "") == id)
            return DumpItem{i.value("label", ""), i.value("x", 0), i.value("y", 0), i.value("w", 0),
                            i.value("h", 0)};
    return std::nullopt;
}

} // namespace kiosk::render_check
