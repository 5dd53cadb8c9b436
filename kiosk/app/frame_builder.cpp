#include "app/frame_builder.h"

#include "core/language/ui_keys.h"
#include "platform/gl_api.h"
#include "platform/screenshot.h"
#include "text/gl_atlas_texture.h"

#include <algorithm>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <cmath>
#include <cstdio>
#include <imgui.h>
#include <imgui_internal.h>
#include <malloc.h> // malloc_trim: glibc, as on every Debian

namespace kiosk {

namespace {

// Touch sizes are physical: how many pixels make a millimetre on the screen the window is on.
float screen_px_per_mm(const Window& window, const KioskConfig& config) {
    int w_px = 0, h_px = 0, w_mm = 0, h_mm = 0;
    window.screen_size(w_px, h_px, w_mm, h_mm);
    ScreenDensity d = screen_density(w_px, h_px, config.display_width_mm, w_mm, h_mm);
    if (std::string(d.source) == "default")
        std::fprintf(stderr, "kiosk: the monitor does not say how large it is ([display] width_mm): touch "
                             "sizes assume a 21.5-inch 1920x1080 panel\n");
    return d.px_per_mm;
}

// Margins, gaps and fixed heights tighten on a screen with less room, in millimetres, than a
// 21.5-inch panel's, in proportion and to 60 % at most: a phone keeps its width for words. Fonts
// are sized at the full density; the 9 mm targets are checked in millimetres (f.mm) by every
// screen whose buttons are sized in px(), and the layout tests fail any that falls short.
float compactness(float room_w, float room_h) {
    bool landscape = room_w >= room_h;
    float k = landscape ? std::min(room_w / 1920, room_h / 1080) : std::min(room_w / 1080, room_h / 1920);
    return std::clamp(k, 0.6f, 1.f);
}

int max_texture_size() {
    GLint size = 0;
    glGetIntegerv(GL_MAX_TEXTURE_SIZE, &size);
    return size > 0 ? size : 2048;
}

constexpr ImGuiWindowFlags screen_flags =
    ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
    ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse;

} // namespace

FrameBuilder::FrameBuilder(Window& window, const Clock& clock) : window_(window), clock_(clock) {}

FrameBuilder::~FrameBuilder() {
    text_.reset(); // its atlas texture, while the GL context and Dear ImGui are there
    if (ImGui::GetCurrentContext()) {
        ImGui_ImplOpenGL3_Shutdown();
        ImGui_ImplGlfw_Shutdown();
        ImGui::DestroyContext();
    }
}

void FrameBuilder::open(const KioskConfig& config) {
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // a kiosk remembers nothing between runs
    io.LogFilename = nullptr;
    // The window decides the cursor (hidden in full screen); the GLFW backend would show it again
    // on every frame.
    io.ConfigFlags |= ImGuiConfigFlags_NoMouseCursorChange;
    ImGui_ImplGlfw_InitForOpenGL(window_.handle(), true);
    ImGui_ImplOpenGL3_Init(glsl_version);
    window_.framebuffer_size(width_, height_);
    float px_per_mm = screen_px_per_mm(window_, config);
    text_scale_ = px_per_mm / default_px_per_mm;
    scale_ = text_scale_ *
             compactness(static_cast<float>(width_) / text_scale_, static_cast<float>(height_) / text_scale_);
    io.Fonts->AddFontDefault(); // Dear ImGui's own, for nothing a visitor reads: all text goes through text_
    // The atlas stops growing at 2048 x 2048 (4 MB, in the texture only: no copy is kept): ten
    // languages at three text sizes fill half of it, and past that its least recently used
    // shelves are reused. At 4096 rows the 1,000-visit soak saw 8 MB more reached after
    // 450 visits, memory a long day never gave back.
    // A dense screen (a phone, a 7-inch panel) draws its glyphs two to four times as many pixels
    // tall: a 2048 atlas would hold too few of them for one screen of Arabic at the largest size.
    int atlas = text_scale_ > 1.5f ? std::min(4096, max_texture_size()) : 2048;
    text_ = std::make_unique<TextEngine>(std::make_unique<GlAtlasTexture>(), atlas, 512, atlas);
    atlas_rows_logged_ = text_->atlas().height();
    for (const std::string& family : text_->fonts().missing())
        std::fprintf(stderr,
                     "kiosk: the font %s was not found (Debian's fonts-noto-core, fonts-noto-cjk); its "
                     "script falls back to another font\n",
                     family.c_str());
    auto px = [&](float at_1080p) { return static_cast<int>(std::lround(at_1080p * text_scale_)); };
    // Headings and numbers stay near the body size on a narrow screen (a phone, a 7-inch panel
    // upright), where the body size already gives a line only fifteen letters or so.
    bool narrow = static_cast<float>(width_) / text_scale_ < narrow_room;
    fonts_ = Fonts{{px(24), false},
                   {px(28), false},
                   {px(34), false},
                   {px(narrow ? 38 : 46), true},
                   {px(narrow ? 40 : 50), true}};
    ImGuiStyle& style = ImGui::GetStyle();
    style.WindowPadding = ImVec2(0, 0);
    style.WindowBorderSize = 0;
    style.ScrollbarSize = 18 * scale_;
    touch_ = TouchScroll(px_per_mm);
}

void FrameBuilder::begin_gl() {
    ImGui_ImplOpenGL3_NewFrame();
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    if (atlas->TexPixelsRGBA32) atlas->ClearTexData(); // uploaded to GL by now: no second copy in memory
}

FrameInput FrameBuilder::begin(const Pointer* scripted, const Session* session) {
    ImGui_ImplGlfw_NewFrame();
    window_.framebuffer_size(width_, height_);
    ImGuiIO& io = ImGui::GetIO();
    if (scripted) {
        io.MousePos = ImVec2(scripted->x, scripted->y);
        io.MouseDown[0] = scripted->down;
    }
    ImGui::NewFrame();
    // The finger on the kiosk's clock, so drags and flicks play the same in virtual time.
    bool on_screen = ImGui::IsMousePosValid();
    touch_.pointer(clock_.elapsed_ms(), on_screen ? io.MousePos.x : touch_.gesture().x(),
                   on_screen ? io.MousePos.y : touch_.gesture().y(), io.MouseDown[0]);
    FrameInput in;
    in.touched = ImGui::IsMouseClicked(0) || ImGui::IsMouseReleased(0);
    in.input = in.touched || io.MouseDelta.x != 0 || io.MouseDelta.y != 0 || io.MouseWheel != 0 ||
               ImGui::IsMouseDown(0);
    // A press that lands on the "Still there?" prompt keeps it until the finger lifts: the touch
    // itself ends the prompt, and its buttons (end the visit, a number on the strip) answer on release.
    if (ImGui::IsMouseClicked(0)) prompt_pressed_ = session && session->idle_prompt();
    const Item* speak = registry_.find_id("nav.speak"); // last frame's: where the press landed
    in.pressed_elsewhere =
        ImGui::IsMouseClicked(0) && !(speak && speak->rect.contains(io.MousePos.x, io.MousePos.y));
    registry_.clear();
    intents_.clear();
    if (visit_forgotten_) release_visit_memory();
    text_->begin_frame();
    return in;
}

void FrameBuilder::end() {
    if (!ImGui::IsMouseDown(0)) prompt_pressed_ = false;
    touch_.end_frame();
    ImGui::Render();
    text_->end_frame(); // before the draw data is compared or drawn
}

bool FrameBuilder::finger_down() const {
    return ImGui::GetCurrentContext() && ImGui::GetIO().MouseDown[0];
}

UiFrame FrameBuilder::ui_frame(const FrameSources& s, const std::string& strip_label) {
    UiFrame f;
    f.store = s.store;
    f.session = s.session;
    f.strings = s.strings;
    f.data = s.data;
    f.registry = &registry_;
    f.pictograms = s.pictograms;
    f.qr = &qr_codes_;
    f.intents = &intents_;
    f.staff_intents = &s.staff->intents();
    f.text = text_.get();
    f.touch = &touch_;
    f.glossary = s.store ? s.glossary : nullptr;
    const Visit* visit = s.session ? &s.session->visit() : nullptr; // its text size and contrast
    f.fonts = scaled(fonts_, visit ? visit->text_size : 0);
    f.bar_fonts = fonts_;
    f.theme = make_theme(theme_colors(visit && visit->high_contrast));
    ImGui::GetStyle().Colors[ImGuiCol_WindowBg] = ImGui::ColorConvertU32ToFloat4(f.theme.background);
    f.scale = scale_;
    f.text_scale = text_scale_;
    f.rtl = s.rtl;
    f.size = ImVec2(static_cast<float>(width_), static_cast<float>(height_));
    f.here = s.here;
    f.title = s.title;
    f.strip_height = emergency_strip_height(f, strip_label);
    return f;
}

void FrameBuilder::build(const FrameSources& s) {
    const std::string strip_label = s.store ? s.strings->get(ui_key::emergency) : "Urgence · Emergency";
    UiFrame f = ui_frame(s, strip_label);
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(f.size);
    if (s.session && s.session->shown() != shown_drawn_) {
        f.new_screen = !s.session->shown_by_back(); // read from its top; Back finds the place left
        shown_drawn_ = s.session->shown();
    }
    // No background: the frame is cleared to the same colour, and filling 2 million pixels again
    // took the software rasteriser 12 ms of a 30 ms frame.
    ImGui::Begin("kiosk", nullptr, screen_flags | ImGuiWindowFlags_NoBackground);
    if (!s.store) {
        draw_message_screen(f, s.content_error);
        draw_emergency_strip(f, strip_label);
        staff_corner(f, *s.staff);
        ImGui::End();
        draw_staff_overlay(f, *s.staff, screen_flags);
        return;
    }
    build_screen(f, s, screen_flags, strip_label);
}

void FrameBuilder::build_screen(UiFrame& f, const FrameSources& s, int flags,
                                const std::string& strip_label) {
    draw_top_bar(f);
    switch (s.session->screen()) {
    case Screen::Language:
        draw_language_screen(f);
        break;
    case Screen::Topics:
        draw_topics_screen(f);
        break;
    case Screen::Flow:
        if (flow_current(*s.session->visit().flow).kind == NodeKind::Result)
            draw_result_screen(f);
        else
            draw_question_screen(f);
        break;
    case Screen::Service:
        draw_service_screen(f);
        break;
    case Screen::List:
        draw_list_screen(f);
        break;
    case Screen::Search:
        draw_search_screen(f);
        break;
    case Screen::Hotline:
        draw_hotline_screen(f);
        break;
    }
    draw_emergency_strip(f, strip_label);
    // Back takes that corner on a picker opened during a visit: staff use the one of an idle kiosk.
    if (s.session->screen() == Screen::Language && s.session->visit().steps.size() <= 1)
        staff_corner(f, *s.staff);
    ImGui::End();
    if (!s.session->visit().glossary.empty()) draw_over_content(f, flags, "glossary", draw_glossary_sheet);
    if (s.data->print.stage != PrintNotice::Stage::None)
        draw_over_content(f, flags, "print", draw_print_notice);
    draw_staff_overlay(f, *s.staff, flags);
    if ((s.session->idle_prompt() || prompt_pressed_) && !s.staff->open())
        draw_idle_prompt_over(f, flags, strip_label);
}

// The hidden way in for staff: a long press on the top-left corner (top-right when the kiosk's
// language is written right to left) of the picker (or of the no-content screen).
void FrameBuilder::staff_corner(UiFrame& f, StaffController& staff) {
    if (staff.open()) return;
    float side = f.px(140), x = f.rtl ? f.size.x - side : 0; // the corner the top bar leaves free
    ImGui::SetCursorScreenPos(ImVec2(x, 0));
    ImGui::InvisibleButton("staff.corner", ImVec2(side, side));
    registry_.add_item("staff.corner", "", {x, 0, side, side});
    staff.corner(ImGui::IsItemActivated(), ImGui::IsItemActive());
}

void FrameBuilder::draw_staff_overlay(UiFrame& f, const StaffController& staff, int flags) {
    if (!staff.open()) return;
    registry_.clear(); // the panel covers everything: nothing under it can be tapped
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(f.size);
    ImGui::Begin("staff", nullptr, flags & ~ImGuiWindowFlags_NoBringToFrontOnFocus);
    ImGui::SetWindowFocus();
    draw_staff_screen(f);
    ImGui::End();
}

// A sheet over the content (a glossary word's explanation, the printing message), in a window of
// its own so that nothing under it takes a touch; the top bar (Back, the speaker, the text size)
// and the emergency strip stay within reach.
void FrameBuilder::draw_over_content(UiFrame& f, int flags, const char* name, void (*draw_sheet)(UiFrame&)) {
    float top = content_min(f).y - f.px(24), bottom = f.size.y - f.strip_height;
    registry_.cover({0, top, f.size.x, bottom - top});
    ImGui::SetNextWindowPos(ImVec2(0, top));
    ImGui::SetNextWindowSize(ImVec2(f.size.x, bottom - top));
    ImGui::Begin(name, nullptr, flags);
    // In front without taking the focus: focusing it would drop a press that began on the top bar.
    ImGui::BringWindowToDisplayFront(ImGui::GetCurrentWindow());
    draw_sheet(f);
    ImGui::End();
}

void FrameBuilder::draw_idle_prompt_over(UiFrame& f, int flags, const std::string& strip_label) {
    registry_.clear(); // the prompt covers the screen: nothing under it can be tapped
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(f.size);
    ImGui::Begin("idle", nullptr, flags & ~ImGuiWindowFlags_NoBringToFrontOnFocus);
    ImGui::SetWindowFocus();
    draw_idle_prompt(f);
    draw_emergency_strip(f, strip_label); // over the prompt's shade: in danger, one can still call
    ImGui::End();
}

void FrameBuilder::render(bool in_part) {
    glViewport(0, 0, width_, height_);
    ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg]; // the visit's theme, set by build
    // Glyphs evicted from the atlas may leave others at the same place: the whole frame is drawn then.
    AtlasStats glyphs = text_->atlas().stats();
    if (glyphs.height != atlas_rows_logged_) { // rare, and memory a long day keeps: say when it happens
        std::fprintf(stderr, "kiosk: the glyph atlas grew to %d x %d (%zu glyphs)\n", glyphs.width,
                     glyphs.height, glyphs.glyphs);
        atlas_rows_logged_ = glyphs.height;
    }
    redraw_.render(ImGui::GetDrawData(), ImVec4(bg.x, bg.y, bg.z, 1), in_part,
                   glyphs.evicted << 16 | static_cast<uint64_t>(glyphs.height));
}

void FrameBuilder::present() {
    redraw_.show(window_);
}

void FrameBuilder::screenshot(const std::string& path) const {
    save_screenshot(path, width_, height_);
}

void FrameBuilder::new_session() {
    shown_drawn_ = UINT64_MAX;
}

void FrameBuilder::forget_visit() {
    visit_forgotten_ = true;
}

// Over a long day the paragraph cache filled to its cap and was freed in halves: the heap in use
// swung between 49 and 62 MB, and its free part (7 to 19 MB) stayed resident, its high-water mark
// rising over hundreds of visits. Once a visit ends its paragraphs go, and malloc_trim gives every
// free page back: the 1,000-visit soak's anonymous PSS went from 95-99 MB to 70-72 MB.
void FrameBuilder::release_visit_memory() {
    visit_forgotten_ = false;
    text_->forget_paragraphs();
    malloc_trim(0);
    // Dear ImGui compacts only windows not drawn in the frame before: those the visit showed last are
    // freed by the next NewFrame, and their pages trimmed when the next visit ends.
    ImGui::GetCurrentContext()->GcCompactAll = true;
}

void FrameBuilder::forget_drawn() {
    redraw_.forget();
}

} // namespace kiosk
