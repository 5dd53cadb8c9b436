#include "app/script_player.h"

#include "core/language/i18n.h"
#include "core/screen/touch_gesture.h"
#include "platform/x_keyboard.h"

#include <algorithm>
#include <chrono>
#include <climits>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <stdexcept>

namespace kiosk {

namespace {

struct Failure {
    std::string why;
};

class Player {
  public:
    Player(KioskApp& app, ManualClock& clock, std::string shots, std::ofstream* frame_log)
        : app_(app), clock_(clock), shots_(std::move(shots)), frame_log_(frame_log) {}

    void run(const ScriptCommand& c) {
        using K = ScriptCommand::Kind;
        line_ = c.line;
        switch (c.kind) {
        case K::Tap:
            tap(find_id(c.text));
            break;
        case K::TapText:
            tap(find_label(c.text));
            break;
        case K::Reveal:
            reveal(c.text);
            break;
        case K::Press:
            press(find_id(c.text), static_cast<int64_t>(c.numbers[0]));
            break;
        case K::Drag:
            drag(c.numbers);
            break;
        case K::Type:
            type(c.text);
            break;
        case K::Key:
            key(c.text);
            break;
        case K::Wait:
            wait(static_cast<int64_t>(c.numbers[0]));
            break;
        case K::Settle:
            settle();
            break;
        case K::ExpectSpoken:
            if (app_.spoken_word() != c.text)
                throw Failure{"the word read aloud is \"" + app_.spoken_word() + "\", not \"" + c.text +
                              "\""};
            break;
        case K::ExpectSilent:
            if (app_.reading_aloud()) throw Failure{"the screen is being read aloud"};
            break;
        case K::ExpectForgotten:
            if (app_.text() && app_.text()->holds_text(c.text))
                throw Failure{"\"" + c.text + "\" is still held in memory, laid out for the screen"};
            break;
        case K::Expect:
            if (!app_.registry().shows_text(c.text)) throw Failure{"\"" + c.text + "\" is not on screen"};
            break;
        case K::ExpectId:
            if (!app_.registry().find_id(c.text)) throw Failure{"no visible item has the id " + c.text};
            break;
        case K::ExpectNo:
            if (app_.registry().shows_text(c.text)) throw Failure{"\"" + c.text + "\" is on screen"};
            break;
        case K::ExpectNoId:
            if (app_.registry().find_id(c.text))
                throw Failure{"an item with the id " + c.text + " is visible"};
            break;
        case K::ExpectWhole:
            if (const Item* item = app_.registry().find_id(c.text); !item)
                throw Failure{"no visible item has the id " + c.text};
            else if (!item->whole())
                throw Failure{c.text + " is only partly on screen: part of it is cut off or scrolled away"};
            break;
        case K::ExpectPictogram:
            if (const Item* item = app_.registry().find_id(c.text); !item)
                throw Failure{"no visible item has the id " + c.text};
            else if (item->pictogram.empty())
                throw Failure{c.text + " shows no pictogram"};
            break;
        case K::ExpectStill:
            expect_still(c.text, static_cast<int64_t>(c.numbers[0]));
            break;
        case K::Shot:
            shot(c.text);
            break;
        case K::Dump:
            dump(c.text);
            break;
        }
    }

    // After an input: the next frame shows the answer, two more let layout settle (a scrolling area
    // learns its content's height in one frame and shows its "more below" cue in the next).
    static constexpr int settle_frames = 3;

    void frames(int n) {
        for (int i = 0; i < n; ++i) step(pointer_);
    }

  private:
    KioskApp& app_;
    ManualClock& clock_;
    std::string shots_;
    Pointer pointer_;
    std::unique_ptr<XKeyboard> keyboard_; // opened by the first `key`: other scripts need no XTEST
    std::ofstream* frame_log_;            // --frame-times: "script-line microseconds" per frame
    int line_ = 0;

    void step(Pointer p) {
        pointer_ = p;
        auto start = std::chrono::steady_clock::now();
        app_.frame(&pointer_);
        if (frame_log_) {
            auto us = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() -
                                                                            start);
            *frame_log_ << line_ << ' ' << us.count() << '\n' << std::flush; // read while it runs
        }
        app_.present();
    }

    Item find_id(const std::string& id) {
        const Item* i = app_.registry().find_id(id);
        if (!i) throw Failure{"no visible item has the id " + id};
        return *i;
    }

    Item find_label(const std::string& text) {
        const Item* i = app_.registry().find_label(text);
        if (!i) throw Failure{"no visible item is labelled \"" + text + "\""};
        return *i;
    }

    static Pointer centre(const Item& i, bool down) {
        return {i.rect.x + i.rect.w / 2, i.rect.y + i.rect.h / 2, down};
    }

    void tap(const Item& item) {
        step(centre(item, false)); // arrive: the item is hovered
        step(centre(item, true));
        step(centre(item, false)); // release on the item: a tap
        frames(settle_frames);
    }

    // As a visitor would find an item further down: a finger drags the page up until the item
    // shows whole, where part of it shows already; else "More below" is tapped (it scrolls most of
    // a page), the cue under the item first. A cue stays until its area's end, so this ends.
    void reveal(const std::string& id) {
        Rect shown; // what showed of the item before the last move: the same again, and it is all there is
        frames(
            settle_frames); // an area learns that it runs on past its bottom once drawn: then its cue shows
        for (int moves = 0; moves < 200; ++moves) {
            const ItemRegistry& r = app_.registry();
            const Item* item = r.find_id(id);
            if (item && (item->whole() || (moves > 0 && same(item->rect, shown)))) return;
            if (item) {
                shown = item->rect;
                float cut_top = item->rect.y - item->full.y;
                float cut_bottom = item->full.y + item->full.h - (item->rect.y + item->rect.h);
                if (cut_top > 1) return; // taller than its area, or past it: as much as ever shows
                if (cut_bottom > 1) {
                    drag_up(*item, cut_bottom);
                    continue;
                }
            }
            const Item* cue = nullptr;
            for (const Item& i : r.items) {
                if (i.id.rfind("more.", 0) != 0) continue;
                bool below_item =
                    item && i.rect.x < item->rect.x + item->rect.w && item->rect.x < i.rect.x + i.rect.w;
                if (!cue || below_item) cue = &i;
            }
            if (!cue && item) return; // as much of it as ever shows
            if (!cue) throw Failure{id + " is not on the screen, and nothing more is below"};
            tap(Item(*cue)); // a copy: tapping redraws, and the registry with it
        }
        throw Failure{id + " is not on the screen after 200 moves"};
    }

    // A slow drag from the visible part of an item, up by `by` and the slop a finger must pass
    // before the page follows it; slow, so that the page does not coast on past.
    void drag_up(const Item& item, float by) {
        float x = item.rect.x + item.rect.w / 2, y = item.rect.y + item.rect.h / 2;
        float slop = tap_slop_mm * app_.px_per_mm() + 2;
        drag({x, y, x, std::max(0.f, y - by - slop), 2000});
    }

    static bool same(const Rect& a, const Rect& b) {
        return std::abs(a.x - b.x) < 1 && std::abs(a.y - b.y) < 1 && std::abs(a.w - b.w) < 1 &&
               std::abs(a.h - b.h) < 1;
    }

    void press(const Item& item, int64_t ms) {
        step(centre(item, false));
        step(centre(item, true));
        advance_holding(ms);
        step(centre(item, false));
        frames(settle_frames);
    }

    void drag(const std::vector<float>& n) {
        const int steps = 12;
        step({n[0], n[1], false});
        step({n[0], n[1], true});
        for (int i = 1; i <= steps; ++i) {
            float t = static_cast<float>(i) / steps;
            clock_.advance(static_cast<int64_t>(n[4]) / steps);
            step({n[0] + (n[2] - n[0]) * t, n[1] + (n[3] - n[1]) * t, true});
        }
        step({n[2], n[3], false});
        frames(settle_frames);
    }

    void type(const std::string& text) {
        for (size_t i = 0; i < text.size();) {
            size_t len = utf8_length(static_cast<unsigned char>(text[i]));
            std::string ch = text.substr(i, len);
            std::string id = ch == " " ? "key.space" : "key." + ch;
            const Item* key = app_.registry().find_id(id);
            if (!key) throw Failure{"no on-screen keyboard key " + id + " is visible"};
            tap(Item(*key)); // a copy: tapping redraws, and the registry with it
            i += len;
        }
    }

    // The keys go through the X server to the window, as a keyboard's would: held down while a frame
    // is drawn, then let go of. The kiosk must ignore them, and its window must stay open.
    void key(const std::string& chord) {
        std::vector<std::string> keys;
        for (size_t start = 0;;) {
            size_t plus = chord.find('+', start);
            keys.push_back(chord.substr(start, plus == std::string::npos ? std::string::npos : plus - start));
            if (plus == std::string::npos) break;
            start = plus + 1;
        }
        send_keys(chord, keys, true);
        frames(1);
        send_keys(chord, keys, false);
        frames(settle_frames);
        if (app_.window().should_close()) throw Failure{chord + " closed the kiosk's window"};
    }

    void send_keys(const std::string& chord, const std::vector<std::string>& keys, bool down) {
        Window& window = app_.window();
        int expected = window.key_events() + static_cast<int>(keys.size());
        try {
            if (!keyboard_) keyboard_ = std::make_unique<XKeyboard>();
            keyboard_->send(keys, down);
        } catch (const std::invalid_argument& e) {
            throw Failure{std::string(e.what()) + " in " + chord};
        } catch (const std::runtime_error& e) {
            throw Failure{e.what()};
        }
        // Keys that went to another window would leave nothing to check: the script fails instead.
        if (!window.wait_key_events(expected, 5))
            throw Failure{"the keys " + chord + " did not reach the kiosk's window"};
    }

    // Moves virtual time forward, stopping at every timer on the way so each one fires in order.
    void advance(int64_t ms, bool holding) {
        int64_t target = clock_.now_ms() + ms;
        for (int guard = 0; guard < 100000; ++guard) {
            int64_t due = app_.next_deadline_ms();
            if (due > target) break;
            clock_.t_ms = std::max(clock_.now_ms(), due);
            app_.tick();
            step({pointer_.x, pointer_.y, holding});
        }
        clock_.t_ms = target;
        app_.tick();
    }

    void advance_holding(int64_t ms) { advance(ms, true); }

    void wait(int64_t ms) {
        advance(ms, false);
        frames(settle_frames);
    }

    // Nothing coasting moves the item while virtual time goes on.
    void expect_still(const std::string& id, int64_t ms) {
        Rect before = find_id(id).full;
        wait(ms);
        Rect after = find_id(id).full;
        auto at = [](const Rect& r) {
            return std::to_string(std::lround(r.x)) + "," + std::to_string(std::lround(r.y));
        };
        if (after.x != before.x || after.y != before.y)
            throw Failure{id + " moved from " + at(before) + " to " + at(after)};
    }

    // Background work (sticks scanned, bundles copied and checked) runs on the updater's thread:
    // wait for it in real time, at most 30 s, then draw the frames that show the settled state.
    void settle() {
        app_.settle_background(30'000);
        frames(settle_frames);
    }

    std::string shot_path(const std::string& name, const char* ext) {
        if (shots_.empty()) throw Failure{"shot and dump need --shots DIR"};
        std::filesystem::create_directories(shots_);
        return shots_ + "/" + name + ext;
    }

    void shot(const std::string& name) {
        std::string path = shot_path(name, ".png");
        app_.frame(&pointer_);
        try {
            app_.screenshot(path);
        } catch (const std::exception& e) {
            throw Failure{e.what()};
        }
        app_.present();
    }

    void dump(const std::string& name) {
        std::ofstream out(shot_path(name, ".json"));
        out << app_.registry().to_json();
        if (!out) throw Failure{"cannot write " + name + ".json"};
    }
};

// Set while a script plays: a handler that ends the process (std::exit, say on Escape) then fails
// the script instead of passing it with exit code 0.
bool playing = false;

void quit_while_playing() {
    if (!playing) return;
    std::fputs("kiosk: the kiosk quit in the middle of its script\n", stderr);
    std::_Exit(1);
}

struct Playing {
    Playing() {
        static const bool guarded = std::atexit(quit_while_playing) == 0;
        playing = guarded;
    }
    ~Playing() { playing = false; }
    Playing(const Playing&) = delete;
    Playing& operator=(const Playing&) = delete;
};

} // namespace

int play_script(KioskApp& app, ManualClock& clock, const std::vector<ScriptCommand>& commands,
                const std::string& script_name, const std::string& shots_dir,
                const std::string& frame_times) {
    std::ofstream frame_log;
    if (!frame_times.empty()) {
        frame_log.open(frame_times);
        if (!frame_log) {
            std::fprintf(stderr, "kiosk: cannot write %s\n", frame_times.c_str());
            return 2;
        }
    }
    Playing playing_now;
    Player player(app, clock, shots_dir, frame_log.is_open() ? &frame_log : nullptr);
    player.frames(1); // screens lay out in one pass: the first frame is what a visitor sees
    for (const ScriptCommand& c : commands) {
        try {
            player.run(c);
        } catch (const Failure& f) {
            std::fprintf(stderr, "%s:%d: %s: %s\n", script_name.c_str(), c.line, c.source.c_str(),
                         f.why.c_str());
            return 1;
        }
    }
    return 0;
}

} // namespace kiosk
