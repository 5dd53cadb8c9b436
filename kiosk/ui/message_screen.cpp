#include "ui/widgets.h"

namespace kiosk {

// No usable content: say so plainly in the two languages built into the program, and keep the
// built-in emergency numbers on screen.
void draw_message_screen(UiFrame& f, const std::string& reason) {
    ImVec2 min = content_min(f), max = content_max(f);
    float w = std::min(max.x - min.x, f.px(1400));
    float x = min.x + (max.x - min.x - w) / 2, y = min.y + f.px(60);
    y += text_at(f, f.fonts.title, f.theme.text,
                 "Ce kiosque ne peut pas afficher ses informations pour le moment.", ImVec2(x, y), w,
                 Align::Centre);
    y += text_at(f, f.fonts.body, f.theme.muted,
                 "Adressez-vous à l'accueil. En cas d'urgence, appelez un numéro ci-dessous.",
                 ImVec2(x, y + f.px(16)), w, Align::Centre) +
         f.px(60);
    y += text_at(f, f.fonts.title, f.theme.text, "This kiosk cannot show its information right now.",
                 ImVec2(x, y), w, Align::Centre);
    y += text_at(f, f.fonts.body, f.theme.muted,
                 "Please ask at the front desk. In an emergency, call a number below.",
                 ImVec2(x, y + f.px(16)), w, Align::Centre) +
         f.px(80);
    text_at(f, f.fonts.small, f.theme.muted, "(" + reason + ")", ImVec2(x, y), w, Align::Centre);
}

} // namespace kiosk
