#include "platform/window.h"

#include "platform/gl_api.h"

#define GLFW_INCLUDE_NONE // gl_api.h chose the GL header
#include <GLFW/glfw3.h>
#include <chrono>
#include <cstdio>
#include <stdexcept>

namespace kiosk {

namespace {

void report_glfw_error(int code, const char* text) {
    std::fprintf(stderr, "kiosk: GLFW error %d: %s\n", code, text);
}

// A kiosk in full screen does not let the window manager close it (Alt+F4 and the like): only
// Window::close, the staff panel's exit, does.
void refuse_close(GLFWwindow* w) {
    const Window* self = static_cast<const Window*>(glfwGetWindowUserPointer(w));
    if (!self || !self->closing()) glfwSetWindowShouldClose(w, GLFW_FALSE);
}

} // namespace

Window::~Window() {
    if (window_) glfwDestroyWindow(window_);
    if (glfw_ready_) glfwTerminate();
}

void Window::open(int width, int height, bool fullscreen) {
    glfwSetErrorCallback(report_glfw_error);
    if (!glfwInit()) throw std::runtime_error("no display to open a window on");
    glfw_ready_ = true;
#ifdef KIOSK_GLES
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
#else
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
#endif
    // Dear ImGui draws with neither depth nor stencil: without them the driver allocates no depth
    // buffer beside the back buffer (8 MB at 1920x1080 for llvmpipe).
    glfwWindowHint(GLFW_DEPTH_BITS, 0);
    glfwWindowHint(GLFW_STENCIL_BITS, 0);
    GLFWmonitor* monitor = nullptr;
    if (fullscreen) {
        monitor = glfwGetPrimaryMonitor();
        const GLFWvidmode* mode = monitor ? glfwGetVideoMode(monitor) : nullptr;
        if (mode) width = mode->width, height = mode->height;
        glfwWindowHint(GLFW_DECORATED, GLFW_FALSE);
    }
    window_ = glfwCreateWindow(width, height, "Kiosk", monitor, nullptr);
    if (!window_) throw std::runtime_error(std::string("cannot create a window with ") + gl_name);
    glfwSetWindowUserPointer(window_, this);
    // Set before Dear ImGui's GLFW backend installs its own, which then calls this one first.
    glfwSetKeyCallback(window_, count_key);
    if (fullscreen) {
        glfwSetWindowCloseCallback(window_, refuse_close);
        glfwSetInputMode(window_, GLFW_CURSOR, GLFW_CURSOR_HIDDEN);
    }
    glfwMakeContextCurrent(window_);
    glfwSwapInterval(1);
}

void Window::framebuffer_size(int& width, int& height) const {
    glfwGetFramebufferSize(window_, &width, &height);
}

void Window::screen_size(int& width_px, int& height_px, int& width_mm, int& height_mm) const {
    width_mm = height_mm = 0;
    GLFWmonitor* monitor = glfwGetWindowMonitor(window_); // full screen; else the primary monitor
    if (!monitor) monitor = glfwGetPrimaryMonitor();
    const GLFWvidmode* mode = monitor ? glfwGetVideoMode(monitor) : nullptr;
    if (!mode) return framebuffer_size(width_px, height_px);
    width_px = mode->width, height_px = mode->height;
    glfwGetMonitorPhysicalSize(monitor, &width_mm, &height_mm);
}

void Window::wait(double timeout_s) {
    if (timeout_s < 0)
        glfwWaitEvents();
    else
        glfwWaitEventsTimeout(timeout_s);
}

void Window::poll() {
    glfwPollEvents();
}

void Window::count_key(GLFWwindow* w, int, int, int, int) {
    if (auto* self = static_cast<Window*>(glfwGetWindowUserPointer(w))) ++self->key_events_;
}

bool Window::wait_key_events(int count, double timeout_s) {
    using clock = std::chrono::steady_clock;
    const auto until = clock::now() + std::chrono::duration<double>(timeout_s);
    while (key_events_ < count) {
        double left = std::chrono::duration<double>(until - clock::now()).count();
        if (left <= 0) return false;
        glfwWaitEventsTimeout(left);
    }
    return true;
}

void Window::close() {
    closing_ = true;
    if (window_) glfwSetWindowShouldClose(window_, GLFW_TRUE);
}

bool Window::should_close() const {
    return glfwWindowShouldClose(window_);
}
void Window::swap() {
    glfwSwapBuffers(window_);
}

} // namespace kiosk
