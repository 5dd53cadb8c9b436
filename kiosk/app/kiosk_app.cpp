#include "kiosk_app.h"

#include "screen_reading.h"
#include "speech_synth.h"

#include "attract_welcome.h"
#include "builtin_hotlines.h"
#include "dated_content.h"
#include "figures_export.h"
#include "gl_api.h"
#include "gl_atlas_texture.h"
#include "lint.h"
#include "lint_dates.h"
#include "pictograms.h"
#include "qr_code.h"
#include "screenshot.h"
#include "soonest_open.h"
#include "ui_keys.h"

#define GLFW_INCLUDE_NONE // gl_api.h chose the GL header
#include <GLFW/glfw3.h>
#include <algorithm>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <chrono>
#include <climits>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <imgui.h>
#include <imgui_internal.h>
#include <thread>

namespace kiosk {

namespace {

constexpr size_t services_per_category = 5;

// Frames to draw after input: Dear ImGui settles hover and release over a couple of frames.
constexpr int frames_after_event = 3;

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

} // namespace

KioskApp::KioskApp(const AppOptions& options, const KioskConfig& config, Clock& clock)
    : options_(options), config_(config), clock_(clock) {}

KioskApp::~KioskApp() {
    pictograms_.reset();
    text_.reset();
    if (ImGui::GetCurrentContext()) {
        ImGui_ImplOpenGL3_Shutdown();
        ImGui_ImplGlfw_Shutdown();
        ImGui::DestroyContext();
    }
}

void KioskApp::open_content() {
    std::string path = bundle_path(options_);
    try {
        auto store = std::make_unique<ContentStore>(path);
        std::vector<LintIssue> issues = lint(*store, local_date(clock_.now_ms()));
        auto error = std::find_if(issues.begin(), issues.end(), [](const LintIssue& i) {
            return i.severity == LintIssue::Severity::Error;
        });
        if (error != issues.end()) throw ContentError("the bundle fails its checks: " + error->message);
        if (config_.location) store->set_origin(*config_.location);
        store_ = std::move(store);
        open_file_ = options_.content.empty() ? BundleInstaller(options_.data_dir).current_file() : "";
    } catch (const std::exception& e) {
        content_error_ = "cannot use the content bundle " + path + ": " + e.what();
        std::fprintf(stderr, "kiosk: %s\n", content_error_.c_str());
    }
}

void KioskApp::open_state() {
    std::error_code ec;
    std::filesystem::create_directories(options_.data_dir, ec);
    try {
        state_ = std::make_unique<StateStore>(options_.data_dir + "/state.db");
    } catch (const std::exception& e) {
        std::fprintf(stderr, "kiosk: no daily figures will be kept: %s\n", e.what());
    }
}

// Bundles installed from sticks live in the data directory; --content names a fixed file instead
// (tests, demonstrations) and turns updates off.
void KioskApp::start_updates() {
    if (!options_.content.empty()) return;
    BundleInstaller installer(options_.data_dir);
    installer.recover();
    // A crash between the switch and its record leaves a current bundle the database has not seen.
    std::string current = installer.current_file();
    for (const InstalledBundle& b : installer.installed())
        if (state_ && b.file == current && b.claim.version > state_->highest_version())
            state_->record_install({utc_timestamp(clock_.now_ms()), b.claim.bundle_id, b.claim.version,
                                    b.claim.date, b.file, "found at start"});
    if (config_.trusted_keys.empty()) {
        std::fprintf(stderr, "kiosk: no trusted keys in the configuration ([update] trusted_keys): "
                             "bundles on USB sticks are ignored\n");
        return;
    }
    InstallOptions o;
    for (const std::string& k : config_.trusted_keys) {
        std::optional<PublicKey> key = parse_public_key(k);
        if (!key) {
            std::fprintf(stderr, "kiosk: a trusted key in the configuration is not a minisign public key; "
                                 "bundles on USB sticks are ignored\n");
            return;
        }
        o.trusted.push_back(*key);
    }
    o.size_cap = config_.max_bundle_bytes;
    o.highest_installed = state_ ? state_->highest_version() : 0;
    // Fault injection for the update tests only: a crash after a step, a stick pulled mid-copy.
    if (const char* step = std::getenv("KIOSK_CRASH_AFTER")) o.crash_after = step;
    if (const char* bytes = std::getenv("KIOSK_PULL_STICK_AFTER_BYTES"))
        o.pull_after_bytes = std::atoll(bytes);
    updater_ =
        std::make_unique<UsbUpdater>(options_.data_dir, options_.usb_roots, o, [] { glfwPostEmptyEvent(); });
}

// Outcomes of the updater's thread: each is logged; a new bundle becomes what visitors see as
// soon as no visit is under way, so nobody's answers change under their finger.
void KioskApp::handle_updates() {
    if (!updater_) return;
    std::string at = utc_timestamp(clock_.now_ms());
    for (const UpdateOutcome& u : updater_->take_outcomes()) {
        const InstallResult& r = u.result;
        std::string detail = u.found + ": ";
        detail += r.ok ? format_claim(r.claim) : r.reason;
        std::fprintf(stderr, "kiosk: %s %s\n", r.ok ? "installed" : "rejected", detail.c_str());
        if (!state_) continue;
        state_->log_update(at, r.ok ? "applied" : "rejected", detail);
        if (r.ok) {
            state_->record_install({at, r.claim.bundle_id, r.claim.version, r.claim.date, r.file, "usb"});
            reload_pending_ = true;
        }
    }
    if (reload_pending_ && (!session_ || !session_->in_progress())) reload_content();
}

// The installer checked the new bundle; should it still not open here, the kiosk goes back to
// the one it was showing rather than to an error screen.
void KioskApp::reload_content() {
    reload_pending_ = false;
    std::string previous = open_file_;
    session_.reset();
    pictograms_.reset();
    store_.reset();
    content_error_.clear();
    strings_lang_.clear();
    open_content();
    BundleInstaller installer(options_.data_dir);
    if (!store_ && !previous.empty() && installer.make_current(previous)) {
        std::fprintf(stderr, "kiosk: back on %s\n", previous.c_str());
        content_error_.clear();
        open_content();
    }
    start_session();
    if (store_) {
        notice_ = store_->meta().bundle_id + " " + store_->meta().version;
        notice_until_ms_ = clock_.elapsed_ms() + 30'000;
        installer.prune(3, open_file_);
    }
    int largest_pictogram = std::clamp(static_cast<int>(std::lround(128 * scale_)), 32, 256);
    pictograms_ = std::make_unique<Pictograms>(store_.get(), largest_pictogram);
    redraw_.forget(); // the new pictograms' texture names may be the old ones, with other pictures
    load_greetings();
    refresh();
}

void KioskApp::settle_background(int64_t timeout_ms) {
    if (reader_) {
        reader_->wait_ready(timeout_ms);
        reader_->follow(clock_.elapsed_ms());
    }
    if (!updater_) return;
    updater_->scan_now();
    auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
    while (updater_->busy() && std::chrono::steady_clock::now() < until)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    handle_updates();
}

void KioskApp::start_session() {
    if (!store_) return;
    CountFn count = [this](const std::string& what, const std::string& value) {
        if (state_) state_->count(local_date(clock_.now_ms()), what, value);
    };
    session_ = std::make_unique<Session>(*store_, clock_, config_.times, count);
    shown_drawn_ = UINT64_MAX; // a new session's first screen starts at its top
}

void KioskApp::start() {
    open_state();
    if (state_) staff_lock_ = std::make_unique<StaffLock>(*state_, clock_, config_.staff_pin_hash);
    start_updates();
    open_content();
    std::string lang = options_.lang.empty() ? config_.language : options_.lang;
    if (store_ && !store_->language(lang)) {
        std::string known;
        for (const Language& l : store_->languages()) known += (known.empty() ? "" : ", ") + l.code;
        throw std::runtime_error("unknown language '" + lang + "'; this content has " + known);
    }
    if (!store_ && lang != "fr" && lang != "en") throw std::runtime_error("unknown language '" + lang + "'");
    config_.language = lang;
    start_session();
    window_.open(options_.width, options_.height, options_.fullscreen);
    init_imgui();
    touch_ = TouchScroll(screen_px_per_mm(window_, config_));
    int largest_pictogram = std::clamp(static_cast<int>(std::lround(128 * scale_)), 32,
                                       256); // topic tiles draw them at 120 px at 1080p
    pictograms_ = std::make_unique<Pictograms>(store_.get(), largest_pictogram);
    load_greetings();
    reader_ = std::make_unique<ReadAloudPlayer>(options_.speech_wav, [] { glfwPostEmptyEvent(); });
    refresh();
}

// What never changes while the content is loaded: the picker's greetings in every language, the categories.
void KioskApp::load_greetings() {
    data_.greetings.clear(); // a reload brings new content
    welcomes_.clear();
    if (!store_) return;
    data_.categories = store_->category_ids(); // read once: the search screen draws them every frame
    for (const std::string& lang : store_->meta().languages) {
        StringTable t = store_->string_table(lang);
        auto text = [&](const char* key) { return t.count(key) ? t[key].text : std::string(); };
        data_.greetings.emplace_back(lang, text(ui_key::choose_language));
        if (lang == config_.language) welcome_ = text(ui_key::welcome);
        if (!text(ui_key::welcome).empty()) welcomes_.emplace_back(lang, text(ui_key::welcome));
    }
}

bool KioskApp::attract_on() const {
    return session_ && !session_->in_progress() && !staff_.open() && !welcomes_.empty();
}

// The welcome starts again from the first language each time the picker is left alone.
void KioskApp::follow_attract() {
    bool on = attract_on();
    if (on && !attract_was_on_) attract_since_ms_ = clock_.elapsed_ms();
    attract_was_on_ = on;
    data_.welcome.clear();
    data_.welcome_lang.clear();
    if (!on) return;
    const auto& [lang, text] =
        welcomes_[attract_step(attract_since_ms_, clock_.elapsed_ms(), welcomes_.size()).index];
    data_.welcome = text;
    data_.welcome_lang = lang;
}

void KioskApp::init_imgui() {
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
    bool landscape = width_ >= height_;
    scale_ =
        landscape ? std::min(width_ / 1920.f, height_ / 1080.f) : std::min(width_ / 1080.f, height_ / 1920.f);
    io.Fonts->AddFontDefault(); // Dear ImGui's own, for nothing a visitor reads: all text goes through text_
    text_ = std::make_unique<TextEngine>(std::make_unique<GlAtlasTexture>(), 2048, 512, 4096);
    for (const std::string& family : text_->fonts().missing())
        std::fprintf(stderr,
                     "kiosk: the font %s was not found (Debian's fonts-noto-core, fonts-noto-cjk); its "
                     "script falls back to another font\n",
                     family.c_str());
    auto px = [&](float at_1080p) { return static_cast<int>(std::lround(at_1080p * scale_)); };
    fonts_ = Fonts{{px(24), false}, {px(28), false}, {px(34), false}, {px(46), true}, {px(50), true}};
    ImGuiStyle& style = ImGui::GetStyle();
    style.WindowPadding = ImVec2(0, 0);
    style.WindowBorderSize = 0;
    style.ScrollbarSize = 18 * scale_;
}

const std::string& KioskApp::shown_language() const {
    return session_ && !session_->visit().lang.empty() ? session_->visit().lang : config_.language;
}

void KioskApp::refresh() {
    if (!store_) {
        data_.strip = builtin_strip();
        return;
    }
    std::string today = local_date(clock_.now_ms());
    if (strings_lang_ != shown_language() || strip_day_ != today) {
        strings_lang_ = shown_language();
        strip_day_ = today;
        strings_ = store_->strings(strings_lang_);
        glossary_ = Glossary(glossary_entries(store_->glossary(), strings_.chosen));
        data_.strip.clear();
        for (const Hotline& h : store_->hotlines())
            if (h.strip > 0 && h.dates.on(today))
                data_.strip.push_back({h.number, strings_.get(hotline_key(h.number, "name")), h.pictogram});
    }
    data_.notice = clock_.elapsed_ms() < notice_until_ms_ ? notice_ : "";
    data_.unavailable = false;
    try {
        look_up_visit(today);
    } catch (const DbError& e) {
        data_.result_services.clear();
        data_.service.reset();
        data_.search_results.clear();
        data_.list.clear();
        data_.unavailable = true;
        log_failure(e);
    }
    follow_screen_reading();
}

// What the visit's screen shows of the services. A bundle that went bad after its checks fails
// here (refresh() catches it): the screen then says its information is not available.
void KioskApp::look_up_visit(const std::string& today) {
    const Visit& v = session_->visit();
    data_.result_services.clear();
    if (v.flow && flow_current(*v.flow).kind == NodeKind::Result)
        data_.result_services = store_->services_for(flow_current(*v.flow), services_per_category, v.day);
    data_.service = session_->screen() == Screen::Service ? store_->service(v.subject()) : std::nullopt;
    data_.search_results.clear();
    if (session_->screen() == Screen::Search && !v.query.empty()) {
        data_.search_results = store_->search(v.query, v.lang, 30);
        // Dated services are few (hand-written ones only): leaving them out here costs a row or two.
        std::erase_if(data_.search_results, [&](const Service& s) { return !s.dates.on(today); });
    }
    data_.list.clear();
    if (session_->screen() == Screen::List) {
        constexpr size_t longest_list = 500; // a visitor never walks further than the 500th nearest
        LocalTime now = paris_time(clock_.now_ms());
        data_.list = store_->nearest(v.subject(), v.filter, now, longest_list + 1);
        data_.list_is_cut = data_.list.size() > longest_list;
        if (data_.list_is_cut) data_.list.pop_back();
        data_.list_soonest = data_.list.empty() && v.filter.open_now;
        if (data_.list_soonest) { // nothing open now: where to go first, not an empty screen
            constexpr size_t soonest_shown = 10;
            ServiceFilter others = v.filter;
            others.open_now = false;
            data_.list =
                soonest_open(store_->nearest(v.subject(), others, now, longest_list), now, soonest_shown);
            data_.list_soonest = !data_.list.empty();
        }
        data_.list_unrecorded = unrecorded_count(v);
    }
}

void KioskApp::log_failure(const DbError& e) {
    if (std::string line = failures_.report(session_->screen(), e); !line.empty())
        std::fprintf(stderr, "kiosk: %s\n", line.c_str());
}

// How many more places the list would hold if it kept those for which nobody recorded what the
// filters ask: said on the list, so a visitor who finds nothing knows there may be more.
size_t KioskApp::unrecorded_count(const Visit& v) const {
    if (!v.filter.any() || v.filter.unrecorded) return 0;
    ServiceFilter wider = v.filter;
    wider.unrecorded = true;
    LocalTime now = paris_time(clock_.now_ms());
    size_t all = store_->count(v.subject(), wider, now), known = store_->count(v.subject(), v.filter, now);
    return all > known ? all - known : 0;
}

std::string KioskApp::title() const {
    const Visit& v = session_->visit();
    switch (session_->screen()) {
    case Screen::Language:
        return welcome_;
    case Screen::Topics:
        return strings_.get(ui_key::topics_title);
    case Screen::Flow:
        return strings_.get(topic_title_key(v.topic));
    case Screen::Service:
        return strings_.get(ui_key::services);
    case Screen::Hotline:
        return strings_.get(ui_key::hotlines);
    case Screen::Search:
        return strings_.get(ui_key::services);
    case Screen::List:
        return strings_.get(category_name_key(v.subject()));
    }
    return "";
}

void KioskApp::build_ui() {
    UiFrame f;
    f.store = store_.get();
    f.session = session_.get();
    f.strings = &strings_;
    f.data = &data_;
    f.registry = &registry_;
    f.pictograms = pictograms_.get();
    f.qr = &qr_codes_;
    f.intents = &intents_;
    f.staff_intents = &staff_intents_;
    f.text = text_.get();
    f.touch = &touch_;
    f.glossary = store_ ? &glossary_ : nullptr;
    const Visit* visit = session_ ? &session_->visit() : nullptr; // its text size and contrast
    f.fonts = scaled(fonts_, visit ? visit->text_size : 0);
    f.bar_fonts = fonts_;
    f.theme = make_theme(theme_colors(visit && visit->high_contrast));
    ImGui::GetStyle().Colors[ImGuiCol_WindowBg] = ImGui::ColorConvertU32ToFloat4(f.theme.background);
    f.scale = scale_;
    const Language* lang = store_ ? store_->language(shown_language()) : nullptr;
    f.rtl = lang && lang->rtl;
    f.size = ImVec2(static_cast<float>(width_), static_cast<float>(height_));
    f.here = Here{paris_time(clock_.now_ms()), config_.facing};
    const std::string strip_label = store_ ? strings_.get(ui_key::emergency) : "Urgence · Emergency";
    f.strip_height = emergency_strip_height(f, strip_label);
    data_.can_read_aloud = reader_ && session_ && reader_->has_output() && !screen_reading_.empty() &&
                           (reader_->has_voice(session_->visit().lang) || !recorded_reading_.words.empty());
    data_.reading_aloud = reader_ && reader_->active();
    data_.spoken = reader_ ? reader_->word(clock_.elapsed_ms()) : std::nullopt;

    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus |
                                   ImGuiWindowFlags_NoScrollWithMouse;
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(f.size);
    // No background: the frame is cleared to the same colour, and filling 2 million pixels again
    // took the software rasteriser 12 ms of a 30 ms frame.
    if (session_ && session_->shown() != shown_drawn_) {
        f.new_screen = !session_->shown_by_back(); // read from its top; Back finds the place left
        shown_drawn_ = session_->shown();
    }
    ImGui::Begin("kiosk", nullptr, flags | ImGuiWindowFlags_NoBackground);
    follow_attract();
    if (!store_) {
        draw_message_screen(f, content_error_);
        draw_emergency_strip(f, strip_label);
        staff_corner(f);
        ImGui::End();
        draw_staff_overlay(f, flags);
        return;
    }
    draw_top_bar(f, title());
    switch (session_->screen()) {
    case Screen::Language:
        draw_language_screen(f);
        break;
    case Screen::Topics:
        draw_topics_screen(f);
        break;
    case Screen::Flow:
        if (flow_current(*session_->visit().flow).kind == NodeKind::Result)
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
    if (session_->screen() == Screen::Language) staff_corner(f);
    ImGui::End();
    if (!session_->visit().glossary.empty()) draw_glossary_over(f, flags);
    draw_staff_overlay(f, flags);
    if ((session_->idle_prompt() || prompt_pressed_) && !staff_.open()) {
        registry_.clear(); // the prompt covers the screen: nothing under it can be tapped
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(f.size);
        ImGui::Begin("idle", nullptr, flags & ~ImGuiWindowFlags_NoBringToFrontOnFocus);
        ImGui::SetWindowFocus();
        draw_idle_prompt(f);
        draw_emergency_strip(f, strip_label); // over the prompt's shade: in danger, one can still call
        ImGui::End();
    }
}

// The explanation of a glossary word over the content, in a window of its own so that nothing
// under it takes a touch; the top bar (Back, the speaker, the text size) and the strip stay.
void KioskApp::draw_glossary_over(UiFrame& f, int flags) {
    float top = content_min(f).y - f.px(24), bottom = f.size.y - f.strip_height;
    registry_.cover({0, top, f.size.x, bottom - top});
    ImGui::SetNextWindowPos(ImVec2(0, top));
    ImGui::SetNextWindowSize(ImVec2(f.size.x, bottom - top));
    ImGui::Begin("glossary", nullptr, flags);
    // In front without taking the focus: focusing it would drop a press that began on the top bar.
    ImGui::BringWindowToDisplayFront(ImGui::GetCurrentWindow());
    draw_glossary_sheet(f);
    ImGui::End();
}

bool KioskApp::frame(const Pointer* scripted) {
    ImGui_ImplOpenGL3_NewFrame();
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    if (atlas->TexPixelsRGBA32) atlas->ClearTexData(); // uploaded to GL by now: no second copy in memory
    bool input = build_frame(scripted);
    glViewport(0, 0, width_, height_);
    ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg]; // the visit's theme, set by build_ui
    // Glyphs evicted from the atlas may leave others at the same place: the whole frame is drawn then.
    AtlasStats glyphs = text_->atlas().stats();
    redraw_.render(ImGui::GetDrawData(), ImVec4(bg.x, bg.y, bg.z, 1), !input && !options_.full_redraw,
                   glyphs.evicted << 16 | static_cast<uint64_t>(glyphs.height));
    return input;
}

bool KioskApp::build_frame(const Pointer* scripted) {
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
    bool touched = ImGui::IsMouseClicked(0) || ImGui::IsMouseReleased(0);
    bool input = touched || io.MouseDelta.x != 0 || io.MouseDelta.y != 0 || io.MouseWheel != 0 ||
                 ImGui::IsMouseDown(0);
    // A press that lands on the "Still there?" prompt keeps it until the finger lifts: the touch
    // itself ends the prompt, and its buttons (end the visit, a number on the strip) answer on release.
    if (ImGui::IsMouseClicked(0)) prompt_pressed_ = session_ && session_->idle_prompt();
    if (session_ && touched) session_->touch();
    const Item* speak = registry_.find_id("nav.speak"); // last frame's: where the press landed
    bool pressed_elsewhere =
        ImGui::IsMouseClicked(0) && !(speak && speak->rect.contains(io.MousePos.x, io.MousePos.y));
    registry_.clear();
    intents_.clear();
    staff_intents_.clear();
    text_->begin_frame();
    build_ui();
    if (!ImGui::IsMouseDown(0)) prompt_pressed_ = false;
    touch_.end_frame();
    ImGui::Render();
    text_->end_frame(); // before the draw data is compared or drawn
    follow_reading(intents_, pressed_elsewhere);
    if (session_)
        for (const Intent& i : intents_) session_->apply(i);
    if (!intents_.empty()) refresh();
    std::vector<StaffIntent> staff = std::exchange(staff_intents_, {});
    for (const StaffIntent& i : staff) apply_staff(i);
    return input || !intents_.empty() || !staff.empty();
}

std::string KioskApp::spoken_word() const {
    std::optional<SpokenWord> w = reader_ ? reader_->word(clock_.elapsed_ms()) : std::nullopt;
    return w ? spoken_text(reader_->parts(), *w) : "";
}

// What the speaker button would read on this screen: espeak-ng reads the visitor's language, or
// the bundle's recorded clips do, or nothing does and the button is not shown.
void KioskApp::follow_screen_reading() {
    const std::string& lang = session_->visit().lang;
    screen_reading_ =
        screen_reading({session_.get(), store_.get(), &strings_, data_.service ? &*data_.service : nullptr,
                        Here{paris_time(clock_.now_ms()), config_.facing}});
    recorded_reading_ = {};
    if (lang.empty() || !espeak_voice(lang).empty()) return;
    try {
        ClipReading clips = read_from_clips(
            screen_reading_, [&](const std::string& key) { return store_->voice_clip(lang, key); });
        screen_reading_ = std::move(clips.parts);
        recorded_reading_ = std::move(clips.speech);
    } catch (const DbError& e) { // no recorded voice: nothing is read aloud
        log_failure(e);
    }
}

// The speaker button reads the screen, or stops the reading; anything else the visitor does stops
// it too: a touch elsewhere, or another screen.
void KioskApp::follow_reading(const std::vector<Intent>& intents, bool pressed_elsewhere) {
    if (!reader_) return;
    bool toggle = std::any_of(intents.begin(), intents.end(),
                              [](const Intent& i) { return i.kind == Intent::Kind::ReadAloud; });
    if (toggle && !reader_->active() && data_.can_read_aloud) {
        data_.reading = screen_reading_;
        if (recorded_reading_.words.empty())
            reader_->start(screen_reading_, session_->visit().lang);
        else
            reader_->start(screen_reading_, recorded_reading_);
    } else if (toggle || pressed_elsewhere || !intents.empty()) {
        reader_->stop();
    }
}

void KioskApp::present() {
    redraw_.show(window_);
}

int64_t KioskApp::next_deadline_ms() const {
    int64_t next = session_ && !staff_.open() ? session_->next_deadline_ms() : INT64_MAX;
    if (corner_press_start_ms_ >= 0) next = std::min(next, corner_press_start_ms_ + staff_press_ms);
    if (staff_.open()) next = std::min(next, staff_.last_touch_ms + staff_panel_timeout_ms);
    if (touch_.coasting()) next = std::min(next, touch_.next_frame_ms()); // a list coasting after a flick
    if (reader_) next = std::min(next, reader_->next_change_ms(clock_.elapsed_ms())); // the next word
    if (attract_on())
        next = std::min(
            next, attract_step(attract_since_ms_, clock_.elapsed_ms(), welcomes_.size()).next_change_ms);
    return data_.notice.empty() ? next : std::min(next, notice_until_ms_); // to take the notice down
}

void KioskApp::tick() {
    if (staff_.open() && clock_.elapsed_ms() - staff_.last_touch_ms >= staff_panel_timeout_ms) {
        staff_audit("panel closed", "left alone");
        staff_close(staff_); // never left open for the next visitor
    }
    if (!data_.notice.empty() && clock_.elapsed_ms() >= notice_until_ms_) data_.notice.clear();
    if (reader_) reader_->follow(clock_.elapsed_ms());
    if (!session_ || staff_.open()) return;
    bool was_in_progress = session_->in_progress();
    session_->tick();
    if (was_in_progress && !session_->in_progress()) {
        if (reader_) reader_->stop();
        refresh(); // the visit was erased
        if (reload_pending_) reload_content();
    }
    follow_attract();
}

void KioskApp::screenshot(const std::string& path) {
    save_screenshot(path, width_, height_);
}

void KioskApp::run() {
    int frames_left = frames_after_event;
    while (!window_.should_close()) {
        tick(); // every time round: a touch held down must not keep a finished visit on screen
        watchdog_.ping(clock_.elapsed_ms());
        if (frames_left > 0) {
            bool input = frame(nullptr);
            present();
            watchdog_.ready(clock_.elapsed_ms());
            frames_left = input ? frames_after_event : frames_left - 1;
            window_.poll();
            continue;
        }
        int64_t deadline = std::min(next_deadline_ms(), watchdog_.next_ping_ms());
        double timeout =
            deadline == INT64_MAX ? -1 : std::max<int64_t>(0, deadline - clock_.elapsed_ms()) / 1000.0;
        window_.wait(timeout); // the kiosk sleeps here: no input, no timer, no frame
        int64_t now = clock_.elapsed_ms();
        bool watchdog_only = now >= watchdog_.next_ping_ms() && now < next_deadline_ms(); // nothing changed
        tick();
        handle_updates();
        // A timer (the attract welcome every few seconds) needs one frame; input seen in it asks for more.
        frames_left = watchdog_only ? 0 : 1;
    }
}

} // namespace kiosk

namespace kiosk {

// The hidden way in for staff: a long press on the top-left corner (top-right when the kiosk's
// language is written right to left) of the picker (or of the
// no-content screen). The press is timed on the kiosk's clock, and a timer wakes the loop when
// it has lasted long enough, so nothing needs to move under the finger.
void KioskApp::staff_corner(UiFrame& f) {
    if (staff_.open()) return;
    float side = f.px(140), x = f.rtl ? f.size.x - side : 0; // the corner the top bar leaves free
    ImGui::SetCursorScreenPos(ImVec2(x, 0));
    ImGui::InvisibleButton("staff.corner", ImVec2(side, side));
    registry_.add_item("staff.corner", "", {x, 0, side, side});
    if (ImGui::IsItemActivated()) corner_press_start_ms_ = clock_.elapsed_ms();
    if (!ImGui::IsItemActive())
        corner_press_start_ms_ = -1;
    else if (corner_press_start_ms_ >= 0 && clock_.elapsed_ms() - corner_press_start_ms_ >= staff_press_ms)
        f.staff_intents->push_back({StaffIntent::Kind::Open});
}

void KioskApp::draw_staff_overlay(UiFrame& f, int flags) {
    if (!staff_.open()) return;
    registry_.clear(); // the panel covers everything: nothing under it can be tapped
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(f.size);
    ImGui::Begin("staff", nullptr, flags & ~ImGuiWindowFlags_NoBringToFrontOnFocus);
    ImGui::SetWindowFocus();
    data_.staff.panel = &staff_;
    draw_staff_screen(f);
    ImGui::End();
}

void KioskApp::load_staff_view() {
    StaffView& v = data_.staff;
    BundleInstaller installer(options_.data_dir);
    v.panel = &staff_;
    v.coverage = store_ ? store_->coverage() : std::vector<StringCoverage>{};
    v.ending = store_ ? ending_soon(dated_content(*store_), local_date(clock_.now_ms()), lint_warn_days)
                      : std::vector<Ending>{};
    v.installed = installer.installed();
    v.current_file = installer.current_file();
    v.sticks = find_stick_bundles(options_.usb_roots);
    v.updates = state_ ? state_->update_log(8) : std::vector<LogEntry>{};
    v.location = config_.location ? config_.location : store_ ? store_->meta().kiosk_location : std::nullopt;
    v.facing = config_.facing;
    v.idle_seconds = config_.times.idle_after_ms / 1000;
}

void KioskApp::staff_audit(const std::string& action, const std::string& detail) {
    if (state_) state_->audit(utc_timestamp(clock_.now_ms()), action, detail);
}

void KioskApp::apply_staff(const StaffIntent& i) {
    staff_.last_touch_ms = clock_.elapsed_ms();
    switch (i.kind) {
    case StaffIntent::Kind::Open:
        staff_open(staff_, clock_.elapsed_ms());
        corner_press_start_ms_ = -1;
        break;
    case StaffIntent::Kind::Key:
        staff_key(staff_, i.arg.empty() ? ' ' : i.arg[0]);
        break;
    case StaffIntent::Kind::Backspace:
        staff_backspace(staff_);
        break;
    case StaffIntent::Kind::Submit:
        if (staff_lock_) staff_submit(staff_, *staff_lock_);
        break;
    case StaffIntent::Kind::Close:
        if (staff_.page == StaffPanel::Page::Main || staff_.page == StaffPanel::Page::NewPin)
            staff_audit("panel closed", "");
        staff_close(staff_);
        break;
    case StaffIntent::Kind::Rollback:
        staff_rollback(i.arg);
        break;
    case StaffIntent::Kind::Export:
        staff_export();
        break;
    case StaffIntent::Kind::ChangePin:
        staff_change_pin(staff_);
        break;
    case StaffIntent::Kind::Exit:
        staff_audit("exit to desktop", "");
        window_.close();
        break;
    }
    if (staff_.page == StaffPanel::Page::Main) load_staff_view();
}

void KioskApp::staff_rollback(const std::string& file) {
    if (staff_.page != StaffPanel::Page::Main) return;
    BundleInstaller installer(options_.data_dir);
    std::string from = installer.current_file();
    for (const InstalledBundle& b : installer.installed()) {
        if (b.file != file || !installer.make_current(file)) continue;
        std::string at = utc_timestamp(clock_.now_ms());
        if (state_)
            state_->record_install(
                {at, b.claim.bundle_id, b.claim.version, b.claim.date, b.file, "rollback"});
        staff_audit("rollback", from + " -> " + file);
        reload_content();
        staff_.message = "staff.rolled_back";
        staff_.detail = format_claim(b.claim);
        return;
    }
}

// Figures go to the first stick that carries a kiosk folder, beside it.
void KioskApp::staff_export() {
    if (staff_.page != StaffPanel::Page::Main || !state_) return;
    std::vector<std::string> folders = find_stick_folders(options_.usb_roots);
    if (folders.empty()) {
        staff_.message = "staff.need_stick";
        return;
    }
    try {
        std::string file = export_figures(*state_, folders.front());
        staff_audit("figures exported", folders.front() + "/" + file);
        staff_.message = "staff.exported";
        staff_.detail = file;
    } catch (const std::exception& e) {
        staff_.message = "staff.export_failed";
        staff_.detail = e.what();
    }
}

} // namespace kiosk
