#include "core/storage/figures_export.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <stdexcept>
#include <unistd.h>

namespace kiosk {

namespace {

bool is_day(const std::string& s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (s[i] < '0' || s[i] > '9') return false;
    return true;
}

void append_field(std::string& out, const std::string& field) {
    if (field.find_first_of(",\"\r\n") == std::string::npos) {
        out += field;
        return;
    }
    out += '"';
    for (char c : field) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
}

// One plain sentence for what went wrong on the stick.
std::runtime_error write_error(int err) {
    switch (err) {
    case ENOSPC:
    case EDQUOT:
        return std::runtime_error("the stick is full");
    case EROFS:
        return std::runtime_error("the stick is read-only");
    case EACCES:
    case EPERM:
        return std::runtime_error("the kiosk may not write on the stick");
    case ENOENT:
    case ENOTDIR:
    case EIO:
    case ENODEV:
        return std::runtime_error("the stick could not be written; it may have been removed");
    default: {
        std::string sentence = "the figures could not be written: ";
        sentence += std::strerror(err);
        return std::runtime_error(sentence);
    }
    }
}

void write_all(int fd, const std::string& text) {
    size_t done = 0;
    while (done < text.size()) {
        ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) throw write_error(errno);
        done += static_cast<size_t>(n);
    }
}

// Temporary name, fsync, rename: a stick pulled out mid-way leaves no half file under the real name.
// The stick is anyone's: every name is taken relative to the stick's folder, a link or FIFO left
// under the temporary name is removed rather than opened (O_EXCL, O_NOFOLLOW: never written
// through, never waited on), and the rename replaces a link under the final name, not its target.
void write_file_atomically(const std::string& dir, const std::string& name, const std::string& text) {
    int dir_fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (dir_fd < 0) throw write_error(errno == ELOOP ? ENOTDIR : errno); // a link: not the stick's folder
    std::string tmp = name + ".part";
    int fd = -1;
    try {
        if (::unlinkat(dir_fd, tmp.c_str(), 0) != 0 && errno != ENOENT) throw write_error(errno);
        fd = ::openat(dir_fd, tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC,
                      0644);
        if (fd < 0) throw write_error(errno);
        write_all(fd, text);
        if (::fsync(fd) != 0) throw write_error(errno);
        int closed = ::close(fd);
        fd = -1;
        if (closed != 0) throw write_error(errno);
        if (::renameat(dir_fd, tmp.c_str(), dir_fd, name.c_str()) != 0) throw write_error(errno);
    } catch (...) {
        if (fd >= 0) ::close(fd);
        ::unlinkat(dir_fd, tmp.c_str(), 0);
        ::close(dir_fd);
        throw;
    }
    // The rename itself reaches the stick with the folder's fsync; some file systems refuse it.
    ::fsync(dir_fd);
    ::close(dir_fd);
}

} // namespace

std::string figures_csv(const std::vector<DailyCount>& counts) {
    std::string out = "day,what,value,count\r\n";
    for (const DailyCount& c : counts) {
        if (!is_day(c.day)) throw std::runtime_error("a daily counter has a day that is not a date");
        append_field(out, c.day);
        out += ',';
        append_field(out, c.what);
        out += ',';
        append_field(out, c.value);
        out += ',';
        out += std::to_string(c.count);
        out += "\r\n";
    }
    return out;
}

std::string export_figures(const StateStore& store, const std::string& dir) {
    std::vector<DailyCount> counts = store.counts(); // ordered by day
    std::string text = figures_csv(counts);
    std::string name = "kiosk-figures-";
    if (counts.empty()) {
        name += "none";
    } else {
        name += counts.front().day;
        name += "-to-";
        name += counts.back().day;
    }
    name += ".csv";
    write_file_atomically(dir, name, text);
    return name;
}

} // namespace kiosk
