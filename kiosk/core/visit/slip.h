// What a printed slip holds, block by block in the order it is printed, for a visitor without a
// phone (the QR code's reader) to take away: a result's title and steps, whom to call, the nearest
// place with this week's hours, that place's address and phone again in French for a passer-by
// or a driver, the code, and when it was printed from which content. Built here, as text, so
// what a slip says is tested without fonts or a printer; print/slip_page.h draws it.
#pragma once
#include "core/content/content.h"
#include "core/language/i18n.h"
#include "core/visit/service_text.h"

#include <string>
#include <vector>

namespace kiosk {

struct SlipBlock {
    enum class Kind {
        Title,   // the result's or the place's name
        Heading, // what follows: "What to do", "Whom to call"
        Name,    // a place's or a line's name, bold
        Step,    // a numbered step of the advice
        Number,  // a phone number, large
        Text,    // a line of details
        Rule,    // a line across: the French part starts
    };
    Kind kind = Kind::Text;
    std::string text{};
    bool french = false;     // written in French, left to right, whatever the visitor's language
    std::string pictogram{}; // Number: what the line is for (an asset name); may be empty
    int step = 0;            // Step: its number, from 1
};

struct Slip {
    std::string lang; // the visitor's
    bool rtl = false;
    std::vector<SlipBlock> blocks;
    std::string qr;     // the same text as the screen's code
    std::string footer; // "Printed on 04/12/2026 · content fr-ofii-paris 2026.11"
};

// What every slip needs besides its subject: the visitor's strings and French ones (the part a
// passer-by reads), where and when it is printed, and the content's name and version.
struct SlipContext {
    const Strings& visitor;
    const Strings& french;
    Here here;
    bool rtl = false;
    std::string content; // "fr-ofii-paris 2026.11"
};

// The place a slip names: the nearest one with a street address (a BP or Cedex is not walked
// to; a result lists the places it names before the nearest ones), else the first; null when
// there is none.
const Service* slip_place(const std::vector<Service>& services);

Slip result_slip(const Node& node, const std::vector<const Hotline*>& hotlines,
                 const std::vector<Service>& services, const SlipContext& c);
Slip service_slip(const Service& sv, const SlipContext& c);
Slip hotline_slip(const Hotline& h, const SlipContext& c);
// What staff print to check the printer: the title, the emergency numbers and the footer.
Slip test_slip(const std::string& title, const std::vector<const Hotline*>& hotlines, const SlipContext& c);

} // namespace kiosk
