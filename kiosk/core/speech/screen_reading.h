// What the speaker button reads on each screen: its main text in the visitor's language, each
// part exactly as the screen draws it so the word being spoken can be highlighted there.
// Names, addresses and service texts that exist only in French are left out: a voice for the
// visitor's language would garble them.
#pragma once
#include "core/language/i18n.h"
#include "core/speech/read_aloud.h"
#include "core/visit/service_text.h"
#include "core/visit/session.h"

#include <optional>
#include <vector>

namespace kiosk {

struct ReadingInputs {
    const Session* session = nullptr;
    const ContentStore* store = nullptr;
    const Strings* strings = nullptr;
    const Service* service = nullptr; // the service screen's
    Here here;
};

// Nothing on the picker: no language has been chosen yet.
std::vector<ReadingPart> screen_reading(const ReadingInputs& in);

} // namespace kiosk
