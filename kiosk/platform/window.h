// The kiosk's one window and its OpenGL 3 (or OpenGL ES 3) context, through GLFW. In full screen
// it is undecorated, hides the cursor (touch needs none) and refuses the window manager's close.
#pragma once
#include <string>

struct GLFWwindow;

namespace kiosk {

class Window {
  public:
    Window() = default;
    ~Window();
    Window(const Window&) = delete;
    Window& operator=(const Window&) = delete;

    // Throws std::runtime_error with one plain sentence (no display, no OpenGL 3 or ES 3).
    void open(int width, int height, bool fullscreen);
    GLFWwindow* handle() const { return window_; }
    void framebuffer_size(int& width, int& height) const;
    // The screen the window is on: its pixels and, as its monitor reports them, its millimetres
    // (0 when it reports none).
    void screen_size(int& width_px, int& height_px, int& width_mm, int& height_mm) const;
    void wait(double timeout_s); // until an event, or timeout_s (< 0: no timeout)
    void poll();
    // Key events GLFW has delivered to this window (presses, repeats and releases), counted before
    // the app's own key handlers run.
    int key_events() const { return key_events_; }
    // Handles events until key_events() reaches count; false when timeout_s passed first.
    bool wait_key_events(int count, double timeout_s);
    bool should_close() const;
    void close(); // the staff panel's exit: the loop ends after this frame
    bool closing() const { return closing_; }
    void swap();

  private:
    GLFWwindow* window_ = nullptr;
    bool glfw_ready_ = false;
    bool closing_ = false; // close() was called: the window manager's close is no longer refused
    int key_events_ = 0;

    static void count_key(GLFWwindow* w, int key, int scancode, int action, int mods);
};

} // namespace kiosk
