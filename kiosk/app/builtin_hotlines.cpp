#include "app/builtin_hotlines.h"

namespace kiosk {

// Sources, as in db/content/sources.yaml:
//  112: Service-Public.fr F33954 "Comment alerter les secours en cas d'urgence ?" (DILA, 2022-03-08)
//  115: seed-guide (the guide received with the project brief: "the 115 emergency accommodation hotline")
//  3039: seed-guide (the guide: "calling 3039, offers free guidance ... nearest justice access point")
std::vector<StripEntry> builtin_strip() {
    return {{"112", "Urgences · Emergency", ""},
            {"115", "Hébergement · Shelter", ""},
            {"3039", "Accès au droit · Legal help", ""}};
}

} // namespace kiosk
