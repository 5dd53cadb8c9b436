// A web address a visitor's phone can open from a QR code: https:// or http://, then nothing a
// browser would stop at (no space, no control character).
#pragma once
#include <string>

namespace kiosk {

bool is_web_address(const std::string& url);

} // namespace kiosk
