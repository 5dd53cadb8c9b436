// A flow as a visitor meets it on one day: the answers and nodes outside their dates left out,
// and every transition to a node left out dropped, so the first transition still valid wins.
// Lint walks these views for each day where something starts or ends.
#pragma once
#include "core/content/content_store.h"

#include <string>

namespace kiosk {

Flow flow_on(const Flow& flow, const std::string& day); // day: "YYYY-MM-DD" in Paris
// The same, and its results name only the lines and services shown that day.
Flow flow_on(const Flow& flow, const std::string& day, const ContentStore& store);

} // namespace kiosk
