// The one OpenGL header the kiosk's own GL calls go through: desktop OpenGL 3.3, or OpenGL ES 3.0
// when built with -DKIOSK_GLES=ON. The calls used are in both.
#pragma once

#ifdef KIOSK_GLES
#include <GLES3/gl3.h>
#else
#define GL_GLEXT_PROTOTYPES
#include <GL/gl.h>
#include <GL/glext.h>
#endif

namespace kiosk {

#ifdef KIOSK_GLES
constexpr const char* glsl_version = "#version 300 es"; // for Dear ImGui's OpenGL 3 renderer
constexpr const char* gl_name = "OpenGL ES 3.0";
#else
constexpr const char* glsl_version = "#version 330 core";
constexpr const char* gl_name = "OpenGL 3.3";
#endif

} // namespace kiosk
