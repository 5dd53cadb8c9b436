// The kiosk's one window and its OpenGL 3 context, through GLFW.
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

    // Throws std::runtime_error with one plain sentence (no display, no OpenGL 3).
    void open(int width, int height, bool fullscreen);
    GLFWwindow* handle() const { return window_; }
    void framebuffer_size(int& width, int& height) const;
    void wait(double timeout_s); // until an event, or timeout_s (< 0: no timeout)
    void poll();
    bool should_close() const;
    void close(); // the staff panel's exit: the loop ends after this frame
    void swap();

  private:
    GLFWwindow* window_ = nullptr;
    bool glfw_ready_ = false;
};

} // namespace kiosk
