#include "core/visit/service_text.h"
#include "ui/widgets.h"

namespace kiosk {

std::string join_lines(const std::vector<std::string>& lines) {
    std::string out;
    for (const std::string& l : lines) out += (out.empty() ? "" : "\n") + l;
    return out;
}

float card_height(UiFrame& f, const std::string& label, const std::string& sub, float width) {
    float pad = f.px(20);
    return text_height(f, f.fonts.body, label, width - 2 * pad) +
           text_height(f, f.fonts.small, sub, width - 2 * pad) + 2 * pad;
}

// Services as cards at the cursor, one under the other: name, where, which way, phone, hours, date.
// When the bundle could not give some of them, the sentence saying so (in bold, as on the list
// and service screens), then the ones it gave.
void draw_service_cards(UiFrame& f, const std::vector<Service>& services, float width) {
    if (f.data->unavailable) // first, where it is seen without scrolling
        text_flow(f, TextStyle{f.fonts.body.px, true}, f.theme.text, f.tr(ui_key::unavailable), width);
    else if (services.empty())
        text_flow(f, f.fonts.body, f.theme.muted, f.tr(ui_key::no_services), width);
    ButtonLook look = plain_look(f);
    look.pictogram = "location";
    look.pictogram_size = f.px(56);
    for (const Service& sv : services) {
        look.sublabel = join_lines(service_card_lines(sv, *f.strings, f.here));
        std::string name = isolate(sv.name);
        float height = card_height(f, name, look.sublabel, width - look.pictogram_size - f.px(20));
        if (button(f, "service." + sv.id, name, ImGui::GetCursorScreenPos(), ImVec2(width, height), look))
            f.emit({Intent::Kind::OpenService, sv.id});
        ImGui::Dummy(ImVec2(0, f.px(14)));
    }
}

} // namespace kiosk
