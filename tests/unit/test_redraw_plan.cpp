#include "core/screen/redraw_plan.h"

#include <catch.hpp>

using namespace kiosk;

namespace {

const PixelBox screen{0, 0, 1920, 1080};

struct Triangle {
    int id; // equal ids draw the same
    PixelBox box;
};

FrameChange change(const std::vector<Triangle>& before, const std::vector<Triangle>& after) {
    return frame_change(
        before.size(), after.size(), screen, [&](size_t i, size_t j) { return before[i].id == after[j].id; },
        [&](size_t i) { return before[i].box; }, [&](size_t j) { return after[j].box; });
}

// The picker, roughly: a title, the welcome line (two triangles a glyph), the buttons after it.
std::vector<Triangle> picker(std::vector<Triangle> welcome) {
    std::vector<Triangle> t = {{1, {0, 0, 1920, 100}}, {2, {10, 10, 400, 90}}};
    t.insert(t.end(), welcome.begin(), welcome.end());
    t.push_back({3, {100, 300, 540, 510}});
    t.push_back({4, {600, 300, 1040, 510}});
    return t;
}

const std::vector<Triangle> welcome_en = {{10, {800, 150, 840, 200}}, {11, {850, 150, 900, 200}}};
const std::vector<Triangle> welcome_fr = {
    {20, {760, 150, 800, 200}}, {21, {800, 150, 850, 210}}, {22, {950, 150, 990, 200}}};

} // namespace

TEST_CASE("a change is the box around the triangles between the frames' common start and end") {
    FrameChange c = change(picker(welcome_en), picker(welcome_fr));
    CHECK(c.kind == FrameChange::Kind::Area);
    CHECK(c.area == PixelBox{760, 150, 990, 210}); // the old welcome and the new one
}

TEST_CASE("the same triangles in the same order are no change") {
    CHECK(change(picker(welcome_en), picker(welcome_en)).kind == FrameChange::Kind::None);
    CHECK(change({}, {}).kind == FrameChange::Kind::None);
}

TEST_CASE("a triangle drawn in another place in the order is a change where both are drawn") {
    // Blending depends on the order: the same triangles reordered may give other pixels.
    std::vector<Triangle> a = {{1, {0, 0, 10, 10}}, {2, {100, 100, 110, 110}}, {3, {500, 500, 510, 510}}};
    std::vector<Triangle> b = {{2, {100, 100, 110, 110}}, {1, {0, 0, 10, 10}}, {3, {500, 500, 510, 510}}};
    FrameChange c = change(a, b);
    CHECK(c.kind == FrameChange::Kind::Area);
    CHECK(c.area == PixelBox{0, 0, 110, 110});
}

TEST_CASE("a triangle added at the end or removed from the start is a change where it is") {
    std::vector<Triangle> a = {{1, {0, 0, 10, 10}}, {2, {100, 100, 110, 110}}};
    std::vector<Triangle> b = a;
    b.push_back({3, {500, 500, 510, 520}});
    CHECK(change(a, b).area == PixelBox{500, 500, 510, 520});
    CHECK(change(b, a).area == PixelBox{500, 500, 510, 520});
    std::vector<Triangle> c(b.begin() + 1, b.end());
    CHECK(change(b, c).area == PixelBox{0, 0, 10, 10});
    CHECK(change({}, a).area == PixelBox{0, 0, 110, 110});
}

TEST_CASE("a repeated triangle is matched once from each end") {
    // [x, x] against [x]: one x is gone, wherever it was.
    std::vector<Triangle> two = {{7, {0, 0, 10, 10}}, {7, {0, 0, 10, 10}}};
    std::vector<Triangle> one = {{7, {0, 0, 10, 10}}};
    FrameChange c = change(two, one);
    CHECK(c.kind == FrameChange::Kind::Area);
    CHECK(c.area == PixelBox{0, 0, 10, 10});
}

TEST_CASE("a change that touches no pixel is none; one past the screen's edge is cut to it") {
    std::vector<Triangle> a = {{1, {0, 0, 10, 10}}, {2, {}}, {3, {20, 20, 30, 30}}};
    std::vector<Triangle> b = {{1, {0, 0, 10, 10}}, {4, {}}, {3, {20, 20, 30, 30}}};
    CHECK(change(a, b).kind == FrameChange::Kind::None);
    std::vector<Triangle> c = {{1, {0, 0, 10, 10}}, {5, {1900, 1070, 1990, 1100}}, {3, {20, 20, 30, 30}}};
    CHECK(change(a, c).area == PixelBox{1900, 1070, 1920, 1080});
}

namespace {

const FrameChange everything{};
const FrameChange none{FrameChange::Kind::None, {}};
const FrameChange welcome{FrameChange::Kind::Area, {760, 150, 990, 210}};
const FrameChange half{FrameChange::Kind::Area, {0, 0, 1920, 540}};

} // namespace

TEST_CASE("the first frame is drawn whole and copied whole; a welcome change after it, alone") {
    RedrawPlanner p(true);
    CHECK(p.render(everything, screen, true).kind == RenderStep::Kind::Everything);
    ShowStep s = p.show();
    CHECK(s.kind == ShowStep::Kind::Copy);
    CHECK(s.area == screen);
    // The copy left the back buffer holding the frame: only the welcome line is drawn and copied.
    for (int i = 0; i < 3; ++i) {
        RenderStep r = p.render(welcome, screen, true);
        CHECK(r.kind == RenderStep::Kind::Area);
        CHECK(r.area == welcome.area);
        s = p.show();
        CHECK(s.kind == ShowStep::Kind::Copy);
        CHECK(s.area == welcome.area);
    }
}

TEST_CASE("frames under a finger are drawn whole and swapped; the next change, whole but copied alone") {
    RedrawPlanner p(true);
    p.render(everything, screen, true);
    p.show();
    CHECK(p.render(none, screen, false).kind == RenderStep::Kind::Everything);
    CHECK(p.show().kind == ShowStep::Kind::Swap);
    // The swap left the back buffer undefined: the frame is drawn whole, but the window lacks
    // only the welcome line.
    CHECK(p.render(welcome, screen, true).kind == RenderStep::Kind::Everything);
    ShowStep s = p.show();
    CHECK(s.kind == ShowStep::Kind::Copy);
    CHECK(s.area == welcome.area);
    CHECK(p.render(welcome, screen, true).kind == RenderStep::Kind::Area);
}

TEST_CASE("a frame like the last one is neither drawn nor shown once the back buffer holds it") {
    RedrawPlanner p(true);
    p.render(none, screen, false);
    p.show(); // swapped: the back buffer holds nothing known
    CHECK(p.render(none, screen, true).kind == RenderStep::Kind::Everything); // for screenshots
    CHECK(p.show().kind == ShowStep::Kind::Nothing);
    CHECK(p.render(none, screen, true).kind == RenderStep::Kind::Nothing);
    CHECK(p.show().kind == ShowStep::Kind::Nothing);
}

TEST_CASE("a large change is drawn whole and copied; without partial copies every frame is swapped") {
    RedrawPlanner p(true);
    p.render(everything, screen, true);
    p.show();
    CHECK(p.render(half, screen, true).kind == RenderStep::Kind::Everything);
    ShowStep s = p.show();
    CHECK(s.kind == ShowStep::Kind::Copy);
    CHECK(s.area == half.area);

    RedrawPlanner swap_only(false);
    for (int i = 0; i < 3; ++i) {
        CHECK(swap_only.render(welcome, screen, true).kind == RenderStep::Kind::Everything);
        CHECK(swap_only.show().kind == ShowStep::Kind::Swap);
    }
}

TEST_CASE("changes rendered without being shown are all copied at the next show") {
    RedrawPlanner p(true);
    p.render(everything, screen, true);
    p.show();
    p.render(welcome, screen, true);
    FrameChange other{FrameChange::Kind::Area, {0, 1000, 100, 1080}};
    CHECK(p.render(other, screen, true).area == other.area);
    ShowStep s = p.show();
    CHECK(s.kind == ShowStep::Kind::Copy);
    CHECK(s.area == PixelBox{0, 150, 990, 1080});
    // A finger then: the whole frame is swapped, whatever was lacking.
    p.render(welcome, screen, true);
    p.render(none, screen, false);
    CHECK(p.show().kind == ShowStep::Kind::Swap);
}

TEST_CASE("after forget the next frame is drawn whole and shown whole") {
    RedrawPlanner p(true);
    p.render(everything, screen, true);
    p.show();
    p.forget();
    CHECK(p.render(welcome, screen, true).kind == RenderStep::Kind::Everything);
    ShowStep s = p.show();
    CHECK(s.kind == ShowStep::Kind::Copy);
    CHECK(s.area == screen);
}
