#include "core/update/untrusted_file.h"

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kiosk {

std::string size_text(uint64_t bytes) {
    constexpr uint64_t mb = 1 << 20;
    if (bytes < mb) return std::to_string(bytes) + " bytes";
    return std::to_string((bytes + mb - 1) / mb) + " MB";
}

UntrustedFile::UntrustedFile(const std::string& path, const std::string& what, int64_t cap) {
    // O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting for one.
    fd_ = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC);
    if (fd_ < 0) {
        error_ = errno == ELOOP ? what + " is a symbolic link; copy the file itself onto the stick"
                                : what + " cannot be opened";
        return;
    }
    struct stat st {};
    if (::fstat(fd_, &st) != 0) {
        error_ = what + " cannot be read";
    } else {
        size_ = static_cast<int64_t>(st.st_size);
        if (S_ISDIR(st.st_mode))
            error_ = what + " is a folder, not a file";
        else if (S_ISFIFO(st.st_mode))
            error_ = what + " is not an ordinary file but a named pipe (FIFO)";
        else if (!S_ISREG(st.st_mode))
            error_ = what + " is not an ordinary file but a device or a socket";
        else if (size_ > cap)
            error_ = what + " is " + size_text(static_cast<uint64_t>(size_)) +
                     ", over this kiosk's limit of " + size_text(static_cast<uint64_t>(cap));
    }
    if (error_.empty()) return;
    ::close(fd_);
    fd_ = -1;
}

UntrustedFile::~UntrustedFile() {
    if (fd_ >= 0) ::close(fd_);
}

std::optional<std::string> read_untrusted(const std::string& path, const std::string& what, int64_t cap,
                                          std::string& error) {
    UntrustedFile file(path, what, cap);
    if (!file) {
        error = file.error();
        return std::nullopt;
    }
    // At most the size fstat gave, which cap bounds: a file that grows while read is cut there.
    std::string text(static_cast<size_t>(file.size()), '\0');
    size_t got = 0;
    while (got < text.size()) {
        ssize_t n = ::read(file.fd(), text.data() + got, text.size() - got);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            error = what + " cannot be read";
            return std::nullopt;
        }
        if (n == 0) break;
        got += static_cast<size_t>(n);
    }
    text.resize(got);
    return text;
}

} // namespace kiosk
