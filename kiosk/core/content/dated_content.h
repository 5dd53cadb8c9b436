// Every piece of content of a bundle that carries dates (advice, answers, services, hotlines),
// for lint and the staff panel: what ends or is due for review soon.
#pragma once
#include "core/content/content_store.h"
#include "core/time/validity.h"

#include <string>
#include <vector>

namespace kiosk {

struct DatedItem {
    std::string what; // "node papers.tension", "choice papers.status.work", "service x", "hotline 3039"
    Validity dates;
    std::string label_key = {}; // the string that names it for staff (a title, an answer); empty if none
};

std::vector<DatedItem> dated_content(const ContentStore& store);

struct Ending {
    std::string date;    // its last day shown, or the day it is due for review
    bool review = false; // due for review rather than ending
    std::string what;
    std::string label_key = {};
};

// What stops being shown, or is due for review, from `day` to `days` days after it (both
// included; a review already overdue too), soonest first.
std::vector<Ending> ending_soon(const std::vector<DatedItem>& items, const std::string& day, int days);

// day + n days, both "YYYY-MM-DD"; an unreadable day is returned as it is.
std::string day_after(const std::string& day, int n);

} // namespace kiosk
