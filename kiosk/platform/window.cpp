#include "window.h"

#include <GLFW/glfw3.h>
#include <cstdio>
#include <stdexcept>

namespace kiosk {

namespace {

void report_glfw_error(int code, const char* text) {
    std::fprintf(stderr, "kiosk: GLFW error %d: %s\n", code, text);
}

// A kiosk in full screen does not let the window manager close it (Alt+F4 and the like).
void refuse_close(GLFWwindow* w) {
    glfwSetWindowShouldClose(w, GLFW_FALSE);
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
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    GLFWmonitor* monitor = nullptr;
    if (fullscreen) {
        monitor = glfwGetPrimaryMonitor();
        const GLFWvidmode* mode = monitor ? glfwGetVideoMode(monitor) : nullptr;
        if (mode) width = mode->width, height = mode->height;
        glfwWindowHint(GLFW_DECORATED, GLFW_FALSE);
    }
    window_ = glfwCreateWindow(width, height, "Kiosk", monitor, nullptr);
    if (!window_) throw std::runtime_error("cannot create a window with OpenGL 3.3");
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

void Window::wait(double timeout_s) {
    if (timeout_s < 0)
        glfwWaitEvents();
    else
        glfwWaitEventsTimeout(timeout_s);
}

void Window::poll() {
    glfwPollEvents();
}
void Window::close() {
    if (window_) glfwSetWindowShouldClose(window_, GLFW_TRUE);
}

bool Window::should_close() const {
    return glfwWindowShouldClose(window_);
}
void Window::swap() {
    glfwSwapBuffers(window_);
}

} // namespace kiosk
