#include "ui/qr_code.h"

#include "ui/widgets.h"

#include <cmath>

namespace kiosk {

const QrMatrix& QrCodes::encode(const std::string& text) {
    auto it = cache_.find(text);
    if (it != cache_.end()) return it->second;
    if (cache_.size() > 32) cache_.clear(); // only the screen's few codes matter
    return cache_.emplace(text, encode_qr(text)).first->second;
}

bool QrCodes::draw(UiFrame& f, const std::string& id, const std::string& text, ImVec2 pos, float size) {
    const QrMatrix& c = encode(text);
    if (c.width == 0) return false;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(pos, ImVec2(pos.x + size, pos.y + size), IM_COL32_WHITE);
    // Whole pixels a module, four modules of quiet zone on each side: crisp edges for a camera.
    float module = std::floor(size / static_cast<float>(c.width + 8));
    if (module < 1) return false;
    float x0 = std::floor(pos.x + (size - module * static_cast<float>(c.width)) / 2);
    float y0 = std::floor(pos.y + (size - module * static_cast<float>(c.width)) / 2);
    for (int y = 0; y < c.width; ++y)
        for (int x = 0; x < c.width; ++x)
            if (c.dark[static_cast<size_t>(y * c.width + x)])
                dl->AddRectFilled(
                    ImVec2(x0 + static_cast<float>(x) * module, y0 + static_cast<float>(y) * module),
                    ImVec2(x0 + static_cast<float>(x + 1) * module, y0 + static_cast<float>(y + 1) * module),
                    IM_COL32_BLACK);
    if (ImGui::IsRectVisible(pos, ImVec2(pos.x + size, pos.y + size)))
        register_item(f, id, pos, ImVec2(size, size));
    return true;
}

} // namespace kiosk
