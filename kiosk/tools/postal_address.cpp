#include "tools/postal_address.h"

#include <regex>

namespace kiosk {

namespace {

const std::regex& postal_line() {
    static const std::regex re(R"(^\s*(b\.?\s?p\.?|cs|tsa|cedex)(\s*\d.*|\s*)$|^\s*service courrier\s*$)",
                               std::regex::icase);
    return re;
}

// A line that says where the door is: a number, or a kind of way. An accented letter is two bytes
// in UTF-8, so it is an alternation, not a bracket; icase folds ASCII only, hence É.
bool is_street_line(const std::string& line) {
    static const std::regex re(
        R"((^|\s)\d|\b(rue|avenue|av\.|boulevard|bd|place|chemin|all(?:é|É|e)e|quai|route|cours|impasse|square|)"
        R"(esplanade|parvis|rond-point|passage|voie|zac|lieu-dit|faubourg|promenade|mont(?:é|É|e)e|rocade)\b)",
        std::regex::icase);
    return std::regex_search(line, re);
}

// "Paris Cedex 13" -> "Paris"; true when the town was a Cedex one.
bool strip_cedex(std::string& city) {
    static const std::regex re(R"(\s+cedex(\s+\d+)?\s*$)", std::regex::icase);
    std::string stripped = std::regex_replace(city, re, "");
    bool cedex = stripped != city;
    city = stripped;
    return cedex;
}

// "4 avenue du Président Kennedy - BP 27" -> "4 avenue du Président Kennedy".
std::string without_postal_part(const std::string& line) {
    static const std::regex re(R"(\s+-\s+(b\.?\s?p\.?|cs|tsa)\s*\d+\s*$)", std::regex::icase);
    return std::regex_replace(line, re, "");
}

std::string joined(const std::vector<std::string>& lines) {
    std::string out;
    for (const std::string& l : lines) out += (out.empty() ? "" : ", ") + l;
    return out;
}

} // namespace

bool is_postal_line(const std::string& line) {
    return std::regex_match(line, postal_line());
}

WalkAddress walk_address(const std::vector<std::string>& lines, const std::string& postcode,
                         const std::string& locality) {
    std::vector<std::string> streets, others;
    bool mail = false; // a BP, CS, TSA, "Service courrier" or Cedex: the record gives a mail address
    for (const std::string& line : lines) {
        if (is_postal_line(line)) {
            mail = true;
            continue;
        }
        std::string kept = without_postal_part(line);
        mail = mail || kept != line;
        (is_street_line(kept) ? streets : others).push_back(kept);
    }
    WalkAddress a{"", postcode, locality, false};
    bool cedex = strip_cedex(a.city);
    // "Hôtel de ville" has no street word yet is a door; only a mail marker makes it mail-only.
    if (streets.empty() && !lines.empty() && (mail || cedex))
        return {joined(lines), postcode, locality, true};
    if (cedex) a.postcode.clear();
    streets.insert(streets.end(), others.begin(), others.end());
    a.street = joined(streets);
    return a;
}

} // namespace kiosk
