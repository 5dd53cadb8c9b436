// Opening-hours rules (a service's `hours`, an HSDS schedule turned into a rule, a bundle's
// schedule table): parsed, then evaluated as a card and a list do, on days that exercise
// holidays, month ends, leap days and ISO weeks 52/53.
#include "core/time/opening_hours.h"

#include <cstddef>
#include <cstdint>
#include <string>

using namespace kiosk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    HoursParse p = parse_opening_hours(std::string(reinterpret_cast<const char*>(data), size));
    if (!p.hours) return 0;
    for (HolidayRegion region : {HolidayRegion::France, HolidayRegion::AlsaceMoselle}) {
        p.hours->region = region;
        for (CivilDate day : {CivilDate{2026, 12, 3}, CivilDate{2026, 12, 25}, CivilDate{2027, 1, 1},
                              CivilDate{2028, 2, 29}, CivilDate{2026, 12, 31}, CivilDate{2027, 1, 3}}) {
            for (const DaySegment& s : day_segments(*p.hours, day))
                if (s.from < 0 || s.to > 1440 || s.from > s.to) __builtin_trap(); // a day has 1440 minutes
            for (int minute : {0, 600, 1439})
                for (Ahead ahead : {Ahead::AnySpan, Ahead::OpeningsOnly})
                    (void)describe(hours_state(*p.hours, LocalTime{day, minute}, ahead));
        }
    }
    return 0;
}
