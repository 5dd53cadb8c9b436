// The papers a slip is printed on: receipt rolls (58 and 80 mm, the widths of waiting-room thermal
// printers, printed at their 8 dots a millimetre on the 48 and 72 mm their heads reach) and office sheets
// (A5, A4, 300 dpi). A roll's slip is one page as long as what it holds; a sheet's slip runs onto more pages
// when it must.
#pragma once
#include <optional>
#include <string>
#include <vector>

namespace kiosk {

struct Paper {
    std::string name;       // as [print] paper writes it: "58mm", "80mm", "A5", "A4"
    float width_mm = 0;     // the paper's
    float height_mm = 0;    // 0 for a roll: the page is as long as the slip
    float printable_mm = 0; // the width the printer reaches, centred on the paper
    float margin_mm = 0;    // above and below the slip (and at each side of a sheet's printable width)
    float dpi = 0;          // a thermal head's 8 dots a millimetre is 203.2
    float text_scale = 1;   // a sheet is read at arm's length like a receipt, but has room to spare
    std::string media;      // a sheet's PWG 5101.1 media name; a roll's is made per slip (cups_queue.cpp)

    bool roll() const { return height_mm == 0; }
    int dots(float mm) const; // at the paper's resolution
};

std::optional<Paper> paper_named(const std::string& name); // nullopt for an unknown name
std::vector<std::string> paper_names();                    // for the configuration's message

} // namespace kiosk
