// Dear ImGui's frames into the window, drawing and showing only what changed (redraw_plan.h):
// under GLX with GLX_MESA_copy_sub_buffer (Mesa: Xwayland under cage, Xorg, Xvfb) the changed part
// is drawn into the back buffer, which keeps the rest of the frame, and copied to the window.
// Without it every frame is drawn whole and swapped.
#pragma once
#include "core/screen/redraw_plan.h"

#include <cstdint>
#include <memory>
#include <vector>

struct ImDrawData;
struct ImDrawList;
struct ImVec4;

namespace kiosk {

class Window;

class PartialPresent {
  public:
    PartialPresent();
    ~PartialPresent();
    PartialPresent(const PartialPresent&) = delete;
    PartialPresent& operator=(const PartialPresent&) = delete;

    // Into the current context's back buffer, cleared to clear. partial_ok: see RedrawPlanner.
    // textures: any number that changes whenever pixels already drawn from a texture may have
    // changed under the same texture name and coordinates (glyphs evicted from the atlas).
    void render(ImDrawData* data, const ImVec4& clear, bool partial_ok, uint64_t textures);
    void show(Window& window);
    // The textures were replaced (new content): their names may come back with other pixels.
    void forget();

    struct Frame; // a frame's triangles, copied out of Dear ImGui's draw lists

  private:
    // GLX's types without X11's headers (and their macros): Display* and an XID.
    using CopySubBuffer = void (*)(void* display, unsigned long drawable, int x, int y, int w, int h);
    using CurrentDisplay = void* (*)();
    using CurrentDrawable = unsigned long (*)();

    RedrawPlanner planner_;
    std::unique_ptr<Frame> shown_;           // the last frame rendered
    std::unique_ptr<Frame> next_;            // the one being rendered
    std::unique_ptr<ImDrawList> background_; // the clear colour over the area drawn again
    std::vector<ImDrawList*> lists_;         // it, then the frame's
    bool looked_up_ = false;
    CopySubBuffer copy_ = nullptr;
    CurrentDisplay display_ = nullptr;
    CurrentDrawable drawable_ = nullptr;

    void look_up();
};

} // namespace kiosk
