#include "core/screen/item_registry.h"

#include "core/language/i18n.h"

#include <cstdio>
#include <vector>

namespace kiosk {

void ItemRegistry::clear() {
    items.clear();
    texts.clear();
}

// Labels are kept as a visitor reads them: without the invisible bidi isolation marks.
void ItemRegistry::add_item(std::string id, std::string label, Rect visible, Rect full, bool scrolls) {
    label = strip_isolates(label);
    if (!label.empty()) texts.push_back({"", label, visible, full, scrolls, ""});
    items.push_back({std::move(id), std::move(label), visible, full, scrolls, ""});
}

void ItemRegistry::add_text(std::string text, Rect visible, Rect full, bool scrolls) {
    texts.push_back({"", strip_isolates(text), visible, full, scrolls, ""});
}

void ItemRegistry::cover(const Rect& r) {
    auto under = [&](const Item& i) { return i.rect.overlaps(r); };
    std::erase_if(items, under);
    std::erase_if(texts, under);
}

const Item* ItemRegistry::find_id(const std::string& id) const {
    for (auto it = items.rbegin(); it != items.rend(); ++it)
        if (it->id == id) return &*it;
    return nullptr;
}

const Item* ItemRegistry::find_label(const std::string& label) const {
    for (auto it = items.rbegin(); it != items.rend(); ++it)
        if (it->label == label) return &*it;
    return nullptr;
}

bool ItemRegistry::shows_text(const std::string& text) const {
    for (const Item& t : texts)
        if (t.label.find(text) != std::string::npos) return true;
    return false;
}

std::string json_escape(const std::string& s) {
    std::string out;
    for (unsigned char c : s) {
        if (c == '"' || c == '\\')
            out += '\\', out += static_cast<char>(c);
        else if (c == '\n')
            out += "\\n";
        else if (c < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out += buf;
        } else
            out += static_cast<char>(c);
    }
    return out;
}

std::string ItemRegistry::to_json() const {
    std::string out = "[\n";
    auto emit = [&](const Item& i) {
        char geom[192];
        std::snprintf(
            geom, sizeof geom,
            "\"x\": %.0f, \"y\": %.0f, \"w\": %.0f, \"h\": %.0f, \"full\": [%.0f, %.0f, %.0f, %.0f], "
            "\"scrolls\": %s",
            i.rect.x, i.rect.y, i.rect.w, i.rect.h, i.full.x, i.full.y, i.full.w, i.full.h,
            i.scrolls ? "true" : "false");
        if (out.size() > 2) out += ",\n";
        out += "  {\"id\": \"" + json_escape(i.id) + "\", \"label\": \"" + json_escape(i.label) + "\", " +
               geom + (i.pictogram.empty() ? "" : ", \"pictogram\": \"" + json_escape(i.pictogram) + "\"") +
               "}";
    };
    for (const Item& i : items) emit(i);
    for (const Item& t : texts) emit(t);
    return out + "\n]\n";
}

} // namespace kiosk
