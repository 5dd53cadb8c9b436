// When the kiosk draws. A frame of the software rasteriser costs 17 ms of CPU, so the loop sleeps
// until a timer is due or an event arrives, draws a few frames after input (Dear ImGui settles
// hover and release over a couple of frames), and draws only what changed when nothing was
// touched. The rules live here, with no clock and no window: the app gathers what is pending and
// how long until each timer, and does what the decision says.
#pragma once
#include <cstdint>

namespace kiosk {

// Frames drawn after input, or after a timer's frame saw some.
inline constexpr int frames_after_input = 3;

inline constexpr int64_t no_timer = INT64_MAX;

// Milliseconds from now until each timer, no_timer when it is not running; 0 or less is due.
struct FrameTimers {
    int64_t visit = no_timer;         // the "Still there?" prompt, then each second of its countdown
    int64_t staff_press = no_timer;   // the hidden corner held long enough to ask for the PIN
    int64_t staff_timeout = no_timer; // the staff panel left alone: it closes
    int64_t scroll = no_timer;        // a list coasting after a flick: its next frame
    int64_t reading = no_timer;       // the next word read aloud, to highlight
    int64_t welcome = no_timer;       // the picker's welcome line moves to the next language
    int64_t notice = no_timer;        // the "content updated" notice comes down
    int64_t print = no_timer;         // "Take your slip" or why not comes down
    int64_t watchdog = no_timer;      // systemd's ping: wakes the loop, changes nothing on screen

    int64_t next_on_screen() const; // the earliest timer that changes what the screen shows
};

struct FrameInputs {
    int frames_owed = frames_after_input; // frames still to draw; the first frames after start too
    bool finger_down = false;             // a finger was on the screen at the end of the last frame
    bool full_redraw = false;             // every frame drawn whole (--full-redraw: a comparison)
    bool pictures_ready = false;          // pictograms decoded off the loop wait to be shown
};

struct FrameDecision {
    enum class Kind {
        Sleep,       // wait for an event or sleep_ms
        Draw,        // build the frame and draw it whole
        PartialDraw, // build it and draw only what changed, unless the frame itself saw input
    };
    Kind kind = Kind::Sleep;
    int64_t sleep_ms = -1; // Sleep: how long at most; -1 until an event

    bool operator==(const FrameDecision&) const = default;
};

// At the top of the loop: draw what is owed, else sleep until the next timer.
FrameDecision decide(const FrameInputs& in, const FrameTimers& t);

// The frames owed once a frame was drawn: input (a touch, a drag, an intent) asks for more.
int frames_owed_after_frame(int owed, bool frame_saw_input);

// The frames owed on waking, timers measured before they are run: one frame for an event or a
// timer that shows, or for new content taken on this wake (an update can finish while only the
// watchdog's ping is due); none when only the watchdog woke the loop.
int frames_owed_after_wake(const FrameTimers& t, bool content_changed);

// Whether a frame built under decision d is drawn in part: a frame that saw input is drawn whole
// and swapped, in step with the display, instead of the loop spinning on partial copies.
bool draw_in_part(const FrameDecision& d, bool frame_saw_input);

} // namespace kiosk
