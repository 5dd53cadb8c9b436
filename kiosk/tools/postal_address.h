// A directory record's address as a place to walk to. The DILA records mix mail-only lines into
// their addresses: a post-office box (BP), a business mail code (CS, TSA), "Service courrier",
// and Cedex postcodes and towns ("75656 Paris Cedex 13") that name a sorting office, not a door.
#pragma once
#include <string>
#include <vector>

namespace kiosk {

struct WalkAddress {
    std::string street;       // the street lines first, then the building's other lines
    std::string postcode;     // empty for a Cedex postcode
    std::string city;         // without "Cedex 13"
    bool postal_only = false; // no street line: street, postcode and city are the mail address as written
};

WalkAddress walk_address(const std::vector<std::string>& lines, const std::string& postcode,
                         const std::string& locality);

bool is_postal_line(const std::string& line); // "BP 306", "CS 50314", "TSA 62207", "Cedex 9"

} // namespace kiosk
