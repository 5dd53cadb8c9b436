#include "text/font_stream.h"

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kiosk {

namespace {

// FreeType's stream callback: a read of `count` bytes at `offset`, or with count 0 a seek, for
// which any value but 0 is an error. A short read is an error to FreeType, as it should be.
unsigned long read_at(FT_Stream stream, unsigned long offset, unsigned char* buffer, unsigned long count) {
    if (count == 0) return offset <= stream->size ? 0 : 1;
    int fd = static_cast<int>(stream->descriptor.value);
    unsigned long done = 0;
    while (done < count) {
        ssize_t n = ::pread(fd, buffer + done, count - done, static_cast<off_t>(offset + done));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break; // an error or the end of the file: FreeType sees the short count
        done += static_cast<unsigned long>(n);
    }
    return done;
}

} // namespace

std::unique_ptr<FontStream> FontStream::open(const std::string& path) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return nullptr;
    struct stat st;
    if (::fstat(fd, &st) != 0 || st.st_size <= 0) {
        ::close(fd);
        return nullptr;
    }
    return std::unique_ptr<FontStream>(new FontStream(fd, static_cast<unsigned long>(st.st_size)));
}

FontStream::FontStream(int fd, unsigned long size) : fd_(fd) {
    stream_.size = size;
    stream_.descriptor.value = fd;
    stream_.read = read_at;
    stream_.close = nullptr; // the file is this object's: closed by its destructor, after the face
}

FontStream::~FontStream() {
    ::close(fd_);
}

FT_Open_Args FontStream::args() {
    FT_Open_Args a{};
    a.flags = FT_OPEN_STREAM;
    a.stream = &stream_;
    return a;
}

} // namespace kiosk
