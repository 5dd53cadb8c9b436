// Decodes pictograms on a thread of its own, so that the frame loop never runs stb_image: the UI
// thread reads a pictogram's bytes and checks its header (pictogram_image.h), submits it, draws
// the screen without it, and uploads the pixels as a texture once they are done.
#pragma once
#include "core/content/pictogram_image.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace kiosk {

struct PictogramRequest {
    std::string name;
    bool light = false;
    std::vector<unsigned char> png; // checked with read_pictogram_header
    int max_px = 0;
};

struct DecodedPictogram {
    std::string name;
    bool light = false;
    std::optional<PictogramPixels> pixels; // nullopt: the image could not be decoded
};

class PictogramDecoder {
  public:
    // wake is called from the decoder's thread after each pictogram (e.g. glfwPostEmptyEvent).
    explicit PictogramDecoder(std::function<void()> wake);
    ~PictogramDecoder(); // stops the thread; a decode under way finishes first
    PictogramDecoder(const PictogramDecoder&) = delete;
    PictogramDecoder& operator=(const PictogramDecoder&) = delete;

    void submit(PictogramRequest r);
    std::vector<DecodedPictogram> take_done(); // in the order submitted
    bool has_done() const;
    void wait_idle(); // until everything submitted is done: for the script driver's frames

  private:
    std::function<void()> wake_;
    mutable std::mutex mutex_;
    std::condition_variable cv_;
    std::deque<PictogramRequest> queue_;
    std::vector<DecodedPictogram> done_;
    bool stop_ = false, decoding_ = false;
    std::thread thread_;

    void loop();
};

} // namespace kiosk
