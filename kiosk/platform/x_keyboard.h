// A keyboard for the script driver. Its keys go to the X server through the XTEST extension, which
// hands them to the window that has the keyboard focus as it would a real keyboard's: X server,
// then GLFW, then the app's callbacks. A key handler in the kiosk sees them as a visitor's keys.
#pragma once
#include <string>
#include <vector>

struct _XDisplay; // Xlib's Display: X11 headers stay out of everything that includes this one

namespace kiosk {

class XKeyboard {
  public:
    // Throws std::runtime_error with one plain sentence: no X display, or no XTEST extension on it.
    XKeyboard();
    ~XKeyboard();
    XKeyboard(const XKeyboard&) = delete;
    XKeyboard& operator=(const XKeyboard&) = delete;

    // Presses the keys in order (down) or releases them in reverse order, and returns once the X
    // server has handled them: their events are then on their way to the focused window.
    // Names: alt, ctrl, shift, super, escape, enter, tab, space, backspace, delete, home, end, left,
    // right, up, down, f1 to f35, or one letter or digit. Throws std::invalid_argument naming the
    // first name it does not know, std::runtime_error when the X keyboard map lacks a key; either
    // before sending anything.
    void send(const std::vector<std::string>& keys, bool down);

  private:
    _XDisplay* display_ = nullptr; // a connection of its own: the one GLFW reads from stays GLFW's
};

} // namespace kiosk
