// toml++ 3.3.0's own parser, compiled here from its headers so that its assertions and the
// sanitizers are on (Debian's release build of the library turns its assertions into
// assumptions: the same inputs are undefined behaviour there, silently), given every short input
// made of TOML's punctuation, a control character and a non-ASCII letter after a few common
// beginnings. Every input toml_guard lets through must parse or fail with a parse error; the
// inputs known to reach the library's bugs must be refused. An abort names the input.
#define TOML_HEADER_ONLY 1
#include "core/operations/toml_guard.h"

#include <csignal>
#include <cstdio>
#include <string>
#include <toml++/toml.h>
#include <unistd.h>
#include <vector>

namespace {

std::string current;

std::string escaped(const std::string& s) {
    std::string out;
    for (unsigned char c : s) {
        char b[8];
        std::snprintf(b, sizeof b, c < 0x20 || c >= 0x7f ? "\\x%02x" : "%c", c);
        out += b;
    }
    return out;
}

void on_abort(int) {
    std::string say = "toml++ aborted on an input the guard let through: \"" + escaped(current) + "\"\n";
    ssize_t written = write(2, say.data(), say.size());
    _exit(written > 0 ? 3 : 4);
}

int parse_guarded(const std::string& text) {
    if (kiosk::toml_guard(text)) return 0;
    current = text;
    try {
        toml::table ignored = toml::parse(std::string_view(text), std::string_view("probe.toml"));
    } catch (const toml::parse_error&) {
    }
    return 1;
}

} // namespace

// UBSan's findings abort too, so that on_abort names the input.
extern "C" const char* __ubsan_default_options() {
    return "abort_on_error=1:print_stacktrace=1";
}

int main() {
    std::signal(SIGABRT, on_abort);
    int failures = 0;
    for (const char* known : {"[\x02", "\xc3\xa9 = 1", "[[[1]]]", "[[=", "[=", "a.\xc3\xa9 = 1",
                              "a = {\xc3\xa9 = 1}", "[\xc3\xa9]", "[a]\n[ \x01 ]"})
        if (!kiosk::toml_guard(known)) {
            std::fprintf(stderr, "the guard lets through \"%s\"\n", escaped(known).c_str());
            ++failures;
        }
    const std::vector<std::string> symbols = {"[", "]", "=", ".",  "{",  "}",  "\"", "'",    " ",        "a",
                                              "1", ",", "#", "\n", "\t", "\r", "\\", "\x02", "\xc3\xa9", "-"};
    const std::vector<std::string> beginnings = {"",           "a = ",    "a = [",   "a = {",    "[a]\n",
                                                 "a = \"\"\"", "a = '''", "a = [\n", "a = [ # ", "a.b"};
    std::vector<std::string> tails = {""}, all;
    for (int length = 1; length <= 3; ++length) {
        std::vector<std::string> longer;
        for (const std::string& t : tails)
            for (const std::string& s : symbols) longer.push_back(t + s);
        tails = longer;
        all.insert(all.end(), tails.begin(), tails.end());
    }
    size_t parsed = 0;
    for (const std::string& b : beginnings)
        for (const std::string& t : all) parsed += static_cast<size_t>(parse_guarded(b + t));
    std::printf("%zu inputs, %zu given to toml++ after the guard, none aborted\n",
                beginnings.size() * all.size(), parsed);
    return failures > 0;
}
