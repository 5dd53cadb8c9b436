// The slip of the screen shown, gathered on the frame loop's thread (the content store is read
// there only) into a request the printing thread can draw alone: the result, place or line in the
// visitor's language with its French part, and the pictograms it prints.
#pragma once
#include "app/slip_printer.h"
#include "core/content/content_store.h"
#include "core/visit/session.h"
#include "ui/ui_frame.h"

#include <optional>

namespace kiosk {

// A result, a place (once looked up) or a line has a slip; other screens none.
bool has_slip(const Session& session, const ScreenData& data);

std::optional<SlipRequest> screen_slip(const ContentStore& store, const Session& session,
                                       const ScreenData& data, const Strings& visitor, const Here& here);

// The staff's test slip: the emergency numbers in the kiosk's language, as a visitor's would print.
SlipRequest test_slip_request(const ContentStore& store, const std::string& lang, const Here& here);

} // namespace kiosk
