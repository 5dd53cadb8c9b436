#include "core/time/shown_date.h"

#include "core/time/validity.h"

#include <regex>

namespace kiosk {

namespace {

bool exists(const std::string& year, const std::string& month, const std::string& day) {
    if (month.empty()) return true;
    if (day.empty()) return month >= "01" && month <= "12";
    return parse_iso_date(year + "-" + month + "-" + day).has_value();
}

std::string unpadded(const std::string& two_digits) {
    return std::to_string(std::stoi(two_digits));
}

} // namespace

std::string shown_date(const std::string& date, const std::string& lang) {
    static const std::regex iso(R"((\d{4})(?:-(\d{2})(?:-(\d{2}))?)?)");
    std::smatch m;
    if (!std::regex_match(date, m, iso) || !exists(m[1], m[2], m[3])) return date;
    std::string year = m[1], month = m[2], day = m[3];
    if (lang == "zh-Hans")
        return year + "年" + (month.empty() ? "" : unpadded(month) + "月") +
               (day.empty() ? "" : unpadded(day) + "日");
    return (day.empty() ? "" : day + "/") + (month.empty() ? "" : month + "/") + year;
}

} // namespace kiosk
