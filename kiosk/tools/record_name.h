// A directory record's name as a visitor reads it. The DILA records carry typing slips: double
// spaces ("Maison de justice et du droit  de Paris"), a space before the end, a tab.
#pragma once
#include <string>
#include <string_view>

namespace kiosk {

// Every run of spaces, tabs and line breaks made one space; none at either end.
std::string record_name(std::string_view raw);

} // namespace kiosk
