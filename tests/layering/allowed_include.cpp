// Screens may read the visit: this must build, or the probes' failures prove nothing.
#include "core/visit/session.h"

int ui_sees_session_probe() { return static_cast<int>(kiosk::text_size_count); }
