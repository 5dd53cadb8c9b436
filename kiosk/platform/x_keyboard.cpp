#include "platform/x_keyboard.h"

#include <X11/Xlib.h>
#include <X11/extensions/XTest.h>
#include <X11/keysym.h>
#include <algorithm>
#include <cctype>
#include <map>
#include <stdexcept>

namespace kiosk {

namespace {

KeySym keysym(const std::string& name) {
    static const std::map<std::string, KeySym> named = {
        {"alt", XK_Alt_L},           {"ctrl", XK_Control_L}, {"shift", XK_Shift_L}, {"super", XK_Super_L},
        {"escape", XK_Escape},       {"enter", XK_Return},   {"tab", XK_Tab},       {"space", XK_space},
        {"backspace", XK_BackSpace}, {"delete", XK_Delete},  {"home", XK_Home},     {"end", XK_End},
        {"left", XK_Left},           {"right", XK_Right},    {"up", XK_Up},         {"down", XK_Down}};
    if (auto i = named.find(name); i != named.end()) return i->second;
    // Letters and digits: their Latin-1 keysyms are their ASCII codes.
    if (name.size() == 1 && std::isalnum(static_cast<unsigned char>(name[0])))
        return static_cast<KeySym>(std::tolower(static_cast<unsigned char>(name[0])));
    if (name.size() >= 2 && name.size() <= 3 && name[0] == 'f' &&
        std::all_of(name.begin() + 1, name.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        int n = std::stoi(name.substr(1));
        if (n >= 1 && n <= 35) return XK_F1 + (n - 1);
    }
    return NoSymbol;
}

} // namespace

XKeyboard::XKeyboard() {
    display_ = XOpenDisplay(nullptr);
    if (!display_) throw std::runtime_error("no X display to send keys to");
    int event_base = 0, error_base = 0, major = 0, minor = 0;
    if (!XTestQueryExtension(display_, &event_base, &error_base, &major, &minor)) {
        XCloseDisplay(display_);
        throw std::runtime_error("the X server has no XTEST extension to send keys with");
    }
}

XKeyboard::~XKeyboard() {
    XCloseDisplay(display_);
}

void XKeyboard::send(const std::vector<std::string>& keys, bool down) {
    std::vector<KeyCode> codes;
    for (const std::string& name : keys) {
        KeySym sym = keysym(name);
        if (sym == NoSymbol) throw std::invalid_argument("unknown key '" + name + "'");
        KeyCode code = XKeysymToKeycode(display_, sym);
        if (!code) throw std::runtime_error("the X server's keyboard has no key " + name);
        codes.push_back(code);
    }
    if (!down) std::reverse(codes.begin(), codes.end()); // a chord is let go of from its last key
    for (KeyCode code : codes) XTestFakeKeyEvent(display_, code, down ? True : False, CurrentTime);
    XSync(display_, False);
}

} // namespace kiosk
