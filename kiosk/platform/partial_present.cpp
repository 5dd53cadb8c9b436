#include "platform/partial_present.h"

#include "platform/gl_api.h"
#include "platform/window.h"

#define GLFW_INCLUDE_NONE // gl_api.h chose the GL header
#include <GLFW/glfw3.h>
#include <algorithm>
#include <backends/imgui_impl_opengl3.h>
#include <cstdio>
#include <cstring>
#include <imgui.h>
#include <memory>
#include <utility>
#include <vector>

namespace kiosk {

struct PartialPresent::Frame {
    struct Command {
        ImVec4 clip; // as Dear ImGui gave it
        ImTextureID texture;
        PixelBox scissor; // the pixels the renderer lets it touch
    };
    bool valid = false;  // false: nothing is known of it (nothing drawn yet, or forgotten)
    bool opaque = false; // drawn in part by code we cannot see into (a draw callback)
    PixelBox screen;
    ImVec4 clear;
    uint64_t textures = 0;
    std::vector<ImDrawVert> vertices; // every draw list's, one after the other
    std::vector<uint32_t> corners;    // three a triangle, into vertices, in drawing order
    std::vector<uint32_t> command_of; // a triangle's, into commands
    std::vector<Command> commands;

    size_t triangles() const { return command_of.size(); }
};

namespace {

using Frame = PartialPresent::Frame;

// The pixels Dear ImGui's OpenGL 3 renderer lets a command touch: its scissor box, worked out with
// the renderer's own arithmetic (float to int truncations included), y downwards.
PixelBox scissor_of(const ImVec4& clip, int fb_height) {
    if (clip.z <= clip.x || clip.w <= clip.y) return {}; // the renderer skips the command
    int x = static_cast<int>(clip.x), gl_y = static_cast<int>(static_cast<float>(fb_height) - clip.w);
    int w = static_cast<int>(clip.z - clip.x), h = static_cast<int>(clip.w - clip.y);
    return {x, fb_height - gl_y - h, x + w, fb_height - gl_y};
}

// The triangles of Dear ImGui's frame, in the order the renderer draws them; commands that cannot
// touch the screen are left out, as they draw nothing.
void collect(const ImDrawData& data, const ImVec4& clear, uint64_t textures, Frame& out) {
    out.valid = true;
    out.screen = {0, 0, static_cast<int>(data.DisplaySize.x * data.FramebufferScale.x),
                  static_cast<int>(data.DisplaySize.y * data.FramebufferScale.y)};
    out.clear = clear;
    out.textures = textures;
    out.vertices.clear();
    out.corners.clear();
    out.command_of.clear();
    out.commands.clear();
    // Coordinates are taken as framebuffer pixels: the kiosk's one window has no offset, and
    // GLFW on X11 no scale. Anything else is never compared.
    out.opaque = data.DisplayPos.x != 0 || data.DisplayPos.y != 0 || data.FramebufferScale.x != 1 ||
                 data.FramebufferScale.y != 1;
    size_t triangles = 0;
    for (int l = 0; l < data.CmdListsCount; ++l)
        for (const ImDrawCmd& cmd : data.CmdLists[l]->CmdBuffer) triangles += cmd.ElemCount / 3;
    out.corners.resize(3 * triangles);
    out.command_of.resize(triangles);
    uint32_t* corner = out.corners.data();
    uint32_t* command_of = out.command_of.data();
    for (int l = 0; l < data.CmdListsCount && !out.opaque; ++l) {
        const ImDrawList& list = *data.CmdLists[l];
        uint32_t base = static_cast<uint32_t>(out.vertices.size());
        out.vertices.insert(out.vertices.end(), list.VtxBuffer.begin(), list.VtxBuffer.end());
        for (const ImDrawCmd& cmd : list.CmdBuffer) {
            if (cmd.UserCallback) {
                out.opaque = true;
                break;
            }
            PixelBox scissor = scissor_of(cmd.ClipRect, out.screen.y1).clip(out.screen);
            if (scissor.empty()) continue;
            uint32_t command = static_cast<uint32_t>(out.commands.size());
            out.commands.push_back({cmd.ClipRect, cmd.TextureId, scissor});
            const ImDrawIdx* idx = list.IdxBuffer.Data + cmd.IdxOffset;
            uint32_t first = base + cmd.VtxOffset;
            for (unsigned i = 0; i + 2 < cmd.ElemCount; i += 3) {
                *corner++ = first + idx[i], *corner++ = first + idx[i + 1], *corner++ = first + idx[i + 2];
                *command_of++ = command;
            }
        }
    }
    out.corners.resize(static_cast<size_t>(corner - out.corners.data()));
    out.command_of.resize(static_cast<size_t>(command_of - out.command_of.data()));
}

template <class T> uint64_t bits(const T& value) {
    static_assert(sizeof value == sizeof(uint64_t));
    uint64_t b;
    std::memcpy(&b, &value, sizeof b);
    return b;
}

// Bit for bit: pixels follow bits. Word by word, as this runs over every triangle of every frame.
bool same_vertex(const ImDrawVert& a, const ImDrawVert& b) {
    return bits(a.pos) == bits(b.pos) && bits(a.uv) == bits(b.uv) && a.col == b.col;
}

bool same_command(const Frame::Command& a, const Frame::Command& b) {
    return bits(ImVec2(a.clip.x, a.clip.y)) == bits(ImVec2(b.clip.x, b.clip.y)) &&
           bits(ImVec2(a.clip.z, a.clip.w)) == bits(ImVec2(b.clip.z, b.clip.w)) && a.texture == b.texture;
}

bool same_triangle(const Frame& a, size_t i, const Frame& b, size_t j) {
    const uint32_t *p = &a.corners[3 * i], *q = &b.corners[3 * j];
    return same_vertex(a.vertices[p[0]], b.vertices[q[0]]) &&
           same_vertex(a.vertices[p[1]], b.vertices[q[1]]) &&
           same_vertex(a.vertices[p[2]], b.vertices[q[2]]) &&
           same_command(a.commands[a.command_of[i]], b.commands[b.command_of[j]]);
}

// Rounds down a value already kept within the screen (so within an int).
int floor_int(float x) {
    int i = static_cast<int>(x);
    return i - (x < static_cast<float>(i));
}

// Every pixel a triangle can touch. A pixel is drawn when its centre is inside: the pixels around
// its vertices are all it can be, with one more on each side for the rasteriser's rounding of
// vertices to its sub-pixel grid; and only within its command's scissor box.
PixelBox box_of(const Frame& f, size_t t) {
    const PixelBox& scissor = f.commands[f.command_of[t]].scissor;
    const ImVec2 &p = f.vertices[f.corners[3 * t]].pos, &q = f.vertices[f.corners[3 * t + 1]].pos,
                 &r = f.vertices[f.corners[3 * t + 2]].pos;
    float sum = p.x + q.x + r.x + p.y + q.y + r.y;
    if (sum - sum != 0) return scissor; // a position that is not a finite number: anywhere
    // Positions are kept just outside the screen (what is further is cut anyway) so they fit an int.
    auto x = [&](float v) { return std::clamp(v, -2.f, static_cast<float>(f.screen.x1 + 2)); };
    auto y = [&](float v) { return std::clamp(v, -2.f, static_cast<float>(f.screen.y1 + 2)); };
    PixelBox box{floor_int(x(std::min({p.x, q.x, r.x}))) - 1, floor_int(y(std::min({p.y, q.y, r.y}))) - 1,
                 -floor_int(-x(std::max({p.x, q.x, r.x}))) + 1,
                 -floor_int(-y(std::max({p.y, q.y, r.y}))) + 1};
    return box.clip(scissor);
}

// Whether the triangle's box (box_of) meets the area, without working the box out.
bool may_touch(const Frame& f, size_t t, const PixelBox& area) {
    const ImVec2 &p = f.vertices[f.corners[3 * t]].pos, &q = f.vertices[f.corners[3 * t + 1]].pos,
                 &r = f.vertices[f.corners[3 * t + 2]].pos;
    // Past these, the rounded and widened box is outside the area; NaN compares false: kept.
    float x0 = static_cast<float>(area.x0 - 2), y0 = static_cast<float>(area.y0 - 2);
    float x1 = static_cast<float>(area.x1 + 2), y1 = static_cast<float>(area.y1 + 2);
    bool outside = (p.x >= x1 && q.x >= x1 && r.x >= x1) || (p.x <= x0 && q.x <= x0 && r.x <= x0) ||
                   (p.y >= y1 && q.y >= y1 && r.y >= y1) || (p.y <= y0 && q.y <= y0 && r.y <= y0);
    return !outside;
}

FrameChange change_between(const Frame& before, const Frame& after) {
    if (!before.valid || before.opaque || after.opaque || before.screen != after.screen ||
        std::memcmp(&before.clear, &after.clear, sizeof before.clear) != 0 ||
        before.textures != after.textures)
        return {};
    return frame_change(
        before.triangles(), after.triangles(), after.screen,
        [&](size_t i, size_t j) { return same_triangle(before, i, after, j); },
        [&](size_t i) { return box_of(before, i); }, [&](size_t j) { return box_of(after, j); });
}

// Restricts the frame to the area: each command's clip rectangle, in whole pixels so the renderer's
// truncations keep it exact, and its triangles to those that can touch the area, in their order.
// The software rasteriser would otherwise still set up every triangle of the screen.
void restrict_to(ImDrawData& data, const PixelBox& area, const Frame& frame) {
    size_t t = 0; // the frame's triangles are in the order walked here
    for (int l = 0; l < data.CmdListsCount; ++l) {
        ImDrawList& list = *data.CmdLists[l];
        for (ImDrawCmd& cmd : list.CmdBuffer) {
            PixelBox scissor = scissor_of(cmd.ClipRect, frame.screen.y1).clip(frame.screen);
            unsigned kept = 0;
            for (unsigned i = 0; !scissor.empty() && i + 2 < cmd.ElemCount; i += 3) {
                if (!may_touch(frame, t++, area)) continue;
                for (unsigned k = 0; k < 3; ++k)
                    list.IdxBuffer[static_cast<int>(cmd.IdxOffset + kept + k)] =
                        list.IdxBuffer[static_cast<int>(cmd.IdxOffset + i + k)];
                kept += 3;
            }
            PixelBox b = kept ? scissor.clip(area) : PixelBox{}; // an empty one: the renderer skips it
            cmd.ElemCount = kept;
            cmd.ClipRect = ImVec4(static_cast<float>(b.x0), static_cast<float>(b.y0),
                                  static_cast<float>(b.x1), static_cast<float>(b.y1));
        }
    }
}

} // namespace

PartialPresent::PartialPresent() : shown_(std::make_unique<Frame>()), next_(std::make_unique<Frame>()) {}

PartialPresent::~PartialPresent() = default;

void PartialPresent::look_up() {
    looked_up_ = true;
    // Only a GLX context has it: under EGL (GLFW on Wayland) this is false and frames are swapped.
    if (glfwExtensionSupported("GLX_MESA_copy_sub_buffer")) {
        copy_ = reinterpret_cast<CopySubBuffer>(glfwGetProcAddress("glXCopySubBufferMESA"));
        display_ = reinterpret_cast<CurrentDisplay>(glfwGetProcAddress("glXGetCurrentDisplay"));
        drawable_ = reinterpret_cast<CurrentDrawable>(glfwGetProcAddress("glXGetCurrentDrawable"));
    }
    if (!copy_ || !display_ || !drawable_) {
        copy_ = nullptr;
        std::fprintf(stderr,
                     "kiosk: the window cannot be given part of a frame (no GLX_MESA_copy_sub_buffer): "
                     "each change draws the whole screen again\n");
    }
    planner_.set_can_copy(copy_ != nullptr);
}

void PartialPresent::render(ImDrawData* data, const ImVec4& clear, bool partial_ok, uint64_t textures) {
    if (!looked_up_) look_up();
    collect(*data, clear, textures, *next_);
    RenderStep step = planner_.render(change_between(*shown_, *next_), next_->screen, partial_ok);
    glClearColor(clear.x, clear.y, clear.z, clear.w);
    if (step.kind == RenderStep::Kind::Everything) {
        glDisable(GL_SCISSOR_TEST);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(data);
    } else if (step.kind == RenderStep::Kind::Area) {
        // The rest of the back buffer already holds this frame: it is left alone. The area is
        // cleared by a rectangle of the clear colour drawn first with the frame's own shader: a
        // glClear cut by a scissor box is a draw of its own to the software rasteriser, whose
        // shader is compiled on first use (5 ms) and whose state costs as much as the rectangle.
        const PixelBox& a = step.area;
        restrict_to(*data, a, *next_);
        if (!background_) background_ = std::make_unique<ImDrawList>(ImGui::GetDrawListSharedData());
        ImVec2 min(static_cast<float>(a.x0), static_cast<float>(a.y0));
        ImVec2 max(static_cast<float>(a.x1), static_cast<float>(a.y1));
        background_->_ResetForNewFrame();
        background_->PushTextureID(ImGui::GetIO().Fonts->TexID);
        background_->PushClipRect(min, max);
        background_->AddRectFilled(min, max, ImGui::ColorConvertFloat4ToU32(clear));
        lists_.assign(1, background_.get());
        lists_.insert(lists_.end(), data->CmdLists, data->CmdLists + data->CmdListsCount);
        ImDrawData area = *data;
        area.CmdLists = lists_.data();
        area.CmdListsCount = static_cast<int>(lists_.size());
        area.TotalVtxCount += background_->VtxBuffer.Size;
        area.TotalIdxCount += background_->IdxBuffer.Size;
        ImGui_ImplOpenGL3_RenderDrawData(&area);
    }
    std::swap(shown_, next_);
}

void PartialPresent::show(Window& window) {
    ShowStep step = planner_.show();
    if (step.kind == ShowStep::Kind::Nothing) {
        // What was drawn (a frame the window already shows) is done now rather than left queued
        // in the rasteriser until the next change.
        glFlush();
    } else if (step.kind == ShowStep::Kind::Swap) {
        window.swap();
    } else if (step.kind == ShowStep::Kind::Copy) {
        const PixelBox& a = step.area; // GLX counts rows from the bottom
        copy_(display_(), drawable_(), a.x0, shown_->screen.y1 - a.y1, a.x1 - a.x0, a.y1 - a.y0);
    }
}

void PartialPresent::forget() {
    shown_->valid = false;
    planner_.forget();
}

} // namespace kiosk
