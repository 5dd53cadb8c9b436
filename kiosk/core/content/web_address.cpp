#include "core/content/web_address.h"

#include <algorithm>

namespace kiosk {

bool is_web_address(const std::string& url) {
    bool scheme = url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0;
    bool plain = std::none_of(url.begin(), url.end(), [](unsigned char c) { return c <= ' ' || c == 0x7f; });
    return scheme && plain && url.size() > url.find("//") + 2;
}

} // namespace kiosk
