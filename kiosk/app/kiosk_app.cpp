#include "app/kiosk_app.h"

#include "app/builtin_hotlines.h"
#include "app/slip_request.h"
#include "core/language/ui_keys.h"
#include "ui/pictograms.h"

#define GLFW_INCLUDE_NONE // the frame builder chose the GL header
#include <GLFW/glfw3.h>
#include <algorithm>
#include <climits>
#include <cmath>
#include <cstdio>
#include <stdexcept>

namespace kiosk {

KioskApp::KioskApp(const AppOptions& options, const KioskConfig& config, Clock& clock)
    : options_(options), config_(config), clock_(clock), frame_(window_, clock_),
      host_(options_, config_, clock_),
      staff_(host_, clock_, options_, config_, data_.staff,
             {[this] { reload_content(); }, [this] { window_.close(); }, [this] { return print_test(); },
              [this] {
                  if (printer_) printer_->check_printer();
              }}) {}

KioskApp::~KioskApp() = default;

void KioskApp::start() {
    host_.open_state();
    staff_.start();
    host_.start_updates([] { glfwPostEmptyEvent(); });
    host_.open();
    const ContentStore* store = host_.store();
    std::string lang = options_.lang.empty() ? config_.language : options_.lang;
    if (options_.lang.empty() && !(store ? store->language(lang) != nullptr : lang == "fr" || lang == "en")) {
        // The configuration's mistake: it falls back as the others do (kiosk_config.h).
        config_.problems.push_back(config_.language_at + ": kiosk.language \"" + lang +
                                   "\" is not a language of this content; French is used");
        std::fprintf(stderr, "kiosk: %s\n", config_.problems.back().c_str());
        lang = "fr";
    }
    if (store && !store->language(lang)) {
        std::string known;
        for (const Language& l : store->languages()) known += (known.empty() ? "" : ", ") + l.code;
        throw std::runtime_error("unknown language '" + lang + "'; this content has " + known);
    }
    if (!store && lang != "fr" && lang != "en") throw std::runtime_error("unknown language '" + lang + "'");
    config_.language = lang;
    start_session();
    window_.open(options_.width, options_.height, options_.fullscreen);
    if (options_.display_mm > 0)
        config_.display_width_mm = options_.display_mm; // the screen at hand knows best
    frame_.open(config_);
    open_pictograms();
    attract_.load(store, config_.language, data_);
    reader_.start(options_.speech_wav, [] { glfwPostEmptyEvent(); });
    printer_ = std::make_unique<SlipPrinter>(config_, [] { glfwPostEmptyEvent(); });
    data_.staff.printer = config_.printer;
    refresh();
}

void KioskApp::start_session() {
    if (!host_.store()) return;
    CountFn count = [this](const std::string& what, const std::string& value) {
        host_.write_state([&](StateStore& s) { s.count(local_date(clock_.now_ms()), what, value); });
    };
    session_ = std::make_unique<Session>(*host_.store(), clock_, config_.times, count);
    frame_.new_session();
}

void KioskApp::open_pictograms() {
    // Topic tiles draw them at 120 px at 1080p.
    int largest = std::clamp(static_cast<int>(std::lround(128 * frame_.scale())), 32, 256);
    pictograms_ = std::make_unique<Pictograms>(host_.store(), largest, [] { glfwPostEmptyEvent(); });
}

bool KioskApp::handle_updates() {
    host_.take_updates();
    if (!host_.reload_pending() || (session_ && session_->in_progress())) return false;
    reload_content();
    return true;
}

// What reads the old store goes first; the new pictograms' texture names may be the old ones,
// with other pictures, so nothing drawn before is kept.
void KioskApp::reload_content() {
    frame_.forget_visit(); // a visit the staff panel interrupted ends here too
    data_.print = {};
    session_.reset();
    pictograms_.reset();
    lookup_.forget();
    host_.reload();
    start_session();
    open_pictograms();
    frame_.forget_drawn();
    attract_.load(host_.store(), config_.language, data_);
    refresh();
}

void KioskApp::settle_background(int64_t timeout_ms) {
    if (printer_) printer_->settle(timeout_ms);
    follow_printer();
    reader_.settle(timeout_ms, clock_);
    host_.settle(timeout_ms);
    handle_updates();
}

const std::string& KioskApp::shown_language() const {
    return session_ && !session_->visit().lang.empty() ? session_->visit().lang : config_.language;
}

void KioskApp::refresh() {
    const ContentStore* store = host_.store();
    if (!store) {
        data_.strip = builtin_strip();
        return;
    }
    lookup_.refresh(*store, *session_, shown_language(), clock_, data_);
    data_.can_print = printer_ && printer_->configured() && has_slip(*session_, data_);
    data_.notice = host_.notice(clock_.elapsed_ms());
    reader_.follow_screen({session_.get(), store, &lookup_.strings(),
                           data_.service ? &*data_.service : nullptr,
                           Here{paris_time(clock_.now_ms()), config_.facing}},
                          *store);
}

bool KioskApp::attract_on() const {
    return session_ && !session_->in_progress() && !staff_.open() && attract_.can_cycle();
}

FrameSources KioskApp::sources() {
    const ContentStore* store = host_.store();
    FrameSources s;
    s.store = store;
    s.session = session_.get();
    s.strings = &lookup_.strings();
    s.data = &data_;
    s.pictograms = pictograms_.get();
    s.glossary = &lookup_.glossary();
    s.staff = &staff_;
    s.title = session_ ? lookup_.title(*session_, attract_.title()) : "";
    s.content_error = host_.error();
    const Language* lang = store ? store->language(shown_language()) : nullptr;
    s.rtl = lang && lang->rtl;
    s.here = Here{paris_time(clock_.now_ms()), config_.facing};
    return s;
}

bool KioskApp::build_frame(const Pointer* scripted) {
    FrameInput in = frame_.begin(scripted, session_.get());
    if (session_ && in.touched) session_->touch();
    staff_.intents().clear();
    reader_.show(session_.get(), clock_.elapsed_ms(), data_);
    attract_.follow(attract_on(), clock_.elapsed_ms(), data_);
    frame_.build(sources());
    frame_.end();
    const std::vector<Intent>& intents = frame_.intents();
    reader_.follow_intents(intents, in.pressed_elsewhere, session_ ? session_->visit().lang : "", data_);
    for (const Intent& i : intents) {
        if (i.kind == Intent::Kind::Print) print_screen();
        if (i.kind == Intent::Kind::DismissPrint) dismiss(data_.print);
    }
    if (session_) {
        bool was_in_progress = session_->in_progress();
        uint64_t was_shown = session_->shown();
        for (const Intent& i : intents) session_->apply(i);
        // Another page (the strip's 112, Back within a flow, a language): the printing message was
        // this page's.
        if (session_->shown() != was_shown) data_.print = {};
        if (was_in_progress && !session_->in_progress()) { // erased by a tap
            frame_.forget_visit();
            data_.print = {};
        }
    }
    if (!intents.empty()) refresh();
    bool staff_acted = staff_.apply_intents();
    return in.input || !intents.empty() || staff_acted;
}

bool KioskApp::draw(const Pointer* scripted, const FrameDecision& d) {
    // Scripted frames wait for the pictograms the frame before asked for, so that every run draws
    // the same frames; the kiosk itself never waits, and shows them in the frame after they are done.
    if (pictograms_ && scripted) pictograms_->wait_decoded();
    if (pictograms_ && !scripted) pictograms_->upload_decoded();
    frame_.begin_gl();
    bool input = build_frame(scripted);
    frame_.render(draw_in_part(d, input));
    return input;
}

bool KioskApp::frame(const Pointer* scripted) {
    return draw(scripted, decide(FrameInputs{1, false, options_.full_redraw}, FrameTimers{}));
}

void KioskApp::present() {
    frame_.present();
}

void KioskApp::screenshot(const std::string& path) {
    frame_.screenshot(path);
}

std::string KioskApp::spoken_word() const {
    return reader_.spoken_word(clock_.elapsed_ms());
}

FrameTimers KioskApp::timers() const {
    int64_t now = clock_.elapsed_ms();
    auto from_now = [now](int64_t at) { return at == INT64_MAX ? no_timer : at - now; };
    FrameTimers t;
    if (session_ && !staff_.open()) t.visit = from_now(session_->next_deadline_ms());
    t.staff_press = from_now(staff_.press_due_ms());
    t.staff_timeout = from_now(staff_.timeout_due_ms());
    if (frame_.touch().coasting()) t.scroll = from_now(frame_.touch().next_frame_ms());
    t.reading = from_now(reader_.next_change_ms(now));
    if (attract_on()) t.welcome = from_now(attract_.next_change_ms(now));
    if (!data_.notice.empty()) t.notice = from_now(host_.notice_until_ms());
    t.watchdog = from_now(watchdog_.next_ping_ms());
    t.print = from_now(print_notice_until(data_.print));
    return t;
}

int64_t KioskApp::next_deadline_ms() const {
    int64_t next = timers().next_on_screen();
    return next == no_timer ? INT64_MAX : clock_.elapsed_ms() + next;
}

// A slip that cannot be made or queued says so at once, as a printer that fails does.
void KioskApp::print_screen() {
    const ContentStore* store = host_.store();
    if (!store || !session_ || !printer_ || data_.print.stage == PrintNotice::Stage::Printing) return;
    uint64_t job = 0;
    try {
        std::optional<SlipRequest> slip = screen_slip(*store, *session_, data_, lookup_.strings(),
                                                      Here{paris_time(clock_.now_ms()), config_.facing});
        if (slip) job = printer_->print(std::move(*slip));
    } catch (const DbError& e) { // the bundle went bad under the visit: the screen says so, the kiosk goes on
        std::fprintf(stderr, "kiosk: no slip: %s\n", e.what());
    }
    data_.print =
        job ? PrintNotice{PrintNotice::Stage::Printing, "", clock_.elapsed_ms(), job}
            : PrintNotice{PrintNotice::Stage::Failed, ui_key::print_unavailable, clock_.elapsed_ms(), 0};
}

bool KioskApp::print_test() {
    const ContentStore* store = host_.store();
    if (!store || !printer_) return false;
    try {
        return printer_->print(test_slip_request(*store, config_.language,
                                                 Here{paris_time(clock_.now_ms()), config_.facing})) != 0;
    } catch (const DbError& e) {
        std::fprintf(stderr, "kiosk: no test slip: %s\n", e.what());
        return false;
    }
}

void KioskApp::follow_printer() {
    if (!printer_) return;
    for (const PrintOutcome& out : printer_->take_outcomes()) {
        if (out.test) {
            staff_.note(out.printed ? "staff.test_slip_printed" : "staff.test_slip_failed", "");
            continue;
        }
        // The visitor's notice, if it is still this slip's (the visit may have ended: the slip came out all
        // the same).
        if (data_.print.stage == PrintNotice::Stage::Printing && data_.print.job == out.job)
            data_.print = out.printed
                              ? PrintNotice{PrintNotice::Stage::Done, "", clock_.elapsed_ms(), out.job}
                              : PrintNotice{PrintNotice::Stage::Failed, visitor_key(out.status.state),
                                            clock_.elapsed_ms(), out.job};
        if (out.printed) // the one thing kept of a slip: that one was printed today, in which language
            host_.write_state(
                [&](StateStore& st) { st.count(local_date(clock_.now_ms()), "slip_printed", out.lang); });
    }
    if (clock_.elapsed_ms() >= print_notice_until(data_.print)) data_.print = {};
    PrinterStatus p = printer_->printer();
    data_.staff.printer_state = printer_->configured() && !printer_->busy() ? staff_key(p.state) : "";
    data_.staff.printer_reasons = p.reasons;
}

void KioskApp::tick() {
    staff_.tick();
    follow_printer();
    if (!data_.notice.empty() && clock_.elapsed_ms() >= host_.notice_until_ms()) data_.notice.clear();
    reader_.follow(clock_.elapsed_ms());
    if (!session_ || staff_.open()) return;
    bool was_in_progress = session_->in_progress();
    session_->tick();
    if (was_in_progress && !session_->in_progress()) {
        data_.print = {}; // a slip still printing comes out; its message goes with the visit
        reader_.stop();
        frame_.forget_visit();
        refresh(); // the visit was erased
        if (host_.reload_pending()) reload_content();
    }
    attract_.follow(attract_on(), clock_.elapsed_ms(), data_);
}

// The loop calls the parts; frame_schedule.h decides when it draws and how long it sleeps.
void KioskApp::run() {
    FrameInputs in;
    in.full_redraw = options_.full_redraw;
    while (!window_.should_close()) {
        tick(); // every time round: a touch held down must not keep a finished visit on screen
        watchdog_.ping(clock_.elapsed_ms());
        in.finger_down = frame_.finger_down();
        in.pictures_ready = pictograms_ && pictograms_->decoded_waiting();
        FrameDecision d = decide(in, timers());
        if (d.kind != FrameDecision::Kind::Sleep) {
            bool input = draw(nullptr, d);
            present();
            watchdog_.ready(clock_.elapsed_ms());
            in.frames_owed = frames_owed_after_frame(in.frames_owed, input);
            window_.poll();
            continue;
        }
        window_.wait(d.sleep_ms < 0 ? -1 : static_cast<double>(d.sleep_ms) / 1000.0); // no input, no timer
        FrameTimers due = timers();
        tick();
        bool reloaded = handle_updates();
        in.frames_owed = frames_owed_after_wake(due, reloaded);
    }
}

} // namespace kiosk
