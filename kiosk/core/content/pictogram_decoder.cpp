#include "core/content/pictogram_decoder.h"

#include <utility>

namespace kiosk {

PictogramDecoder::PictogramDecoder(std::function<void()> wake)
    : wake_(std::move(wake)), thread_([this] { loop(); }) {}

PictogramDecoder::~PictogramDecoder() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        stop_ = true;
    }
    cv_.notify_all();
    thread_.join();
}

void PictogramDecoder::submit(PictogramRequest r) {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        queue_.push_back(std::move(r));
    }
    cv_.notify_all();
}

std::vector<DecodedPictogram> PictogramDecoder::take_done() {
    std::lock_guard<std::mutex> lock(mutex_);
    return std::exchange(done_, {});
}

bool PictogramDecoder::has_done() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return !done_.empty();
}

void PictogramDecoder::wait_idle() {
    std::unique_lock<std::mutex> lock(mutex_);
    cv_.wait(lock, [this] { return queue_.empty() && !decoding_; });
}

void PictogramDecoder::loop() {
    std::unique_lock<std::mutex> lock(mutex_);
    for (;;) {
        cv_.wait(lock, [this] { return stop_ || !queue_.empty(); });
        if (stop_) return;
        PictogramRequest r = std::move(queue_.front());
        queue_.pop_front();
        decoding_ = true;
        lock.unlock();
        DecodedPictogram d{r.name, r.light, decode_pictogram(r.png, r.max_px, r.light)};
        lock.lock();
        done_.push_back(std::move(d));
        decoding_ = false;
        cv_.notify_all(); // wait_idle
        lock.unlock();
        if (wake_) wake_();
        lock.lock();
    }
}

} // namespace kiosk
