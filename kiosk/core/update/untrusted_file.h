// Opening a file from a USB stick, whose kind is as untrusted as its bytes: a FIFO blocks whoever
// opens or reads it until a writer comes (so an update would wait for ever, and no later stick
// would be read), a symbolic link points at the kiosk's own files, a sparse file claims a
// terabyte. The file is opened without following a final link and without waiting, and only a
// regular file of bounded size is accepted; anything else gets one plain sentence.
#pragma once
#include <cstdint>
#include <optional>
#include <string>

namespace kiosk {

class UntrustedFile {
  public:
    // what names the file in messages: "the bundle", "the signature file".
    UntrustedFile(const std::string& path, const std::string& what, int64_t cap);
    ~UntrustedFile();
    UntrustedFile(const UntrustedFile&) = delete;
    UntrustedFile& operator=(const UntrustedFile&) = delete;

    explicit operator bool() const { return fd_ >= 0; }
    const std::string& error() const { return error_; }
    int fd() const { return fd_; }
    int64_t size() const { return size_; }

  private:
    int fd_ = -1;
    int64_t size_ = 0;
    std::string error_;
};

// The whole of a small file (a signature): nullopt with error set when UntrustedFile refuses it
// or it cannot be read.
std::optional<std::string> read_untrusted(const std::string& path, const std::string& what, int64_t cap,
                                          std::string& error);

// "12 bytes" or "3 MB" (rounded up), for messages.
std::string size_text(uint64_t bytes);

} // namespace kiosk
