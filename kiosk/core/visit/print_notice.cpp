#include "core/visit/print_notice.h"

#include <climits>

namespace kiosk {

int64_t print_notice_until(const PrintNotice& n) {
    switch (n.stage) {
    case PrintNotice::Stage::Done:
        return n.since_ms + print_done_shown_ms;
    case PrintNotice::Stage::Failed:
        return n.since_ms + print_failed_shown_ms;
    case PrintNotice::Stage::None:
    case PrintNotice::Stage::Printing:
        break;
    }
    return INT64_MAX;
}

void dismiss(PrintNotice& n) {
    if (n.stage != PrintNotice::Stage::Printing) n = PrintNotice{};
}

} // namespace kiosk
