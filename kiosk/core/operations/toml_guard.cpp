#include "core/operations/toml_guard.h"

#include <cstring>
#include <utility>

namespace kiosk {

namespace {

enum class Context { Code, Comment, Basic, Literal, MultiBasic, MultiLiteral };

bool ascii_alnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool starts_key(char c) {
    return ascii_alnum(c) || c == '_' || c == '-' || c == '"' || c == '\'';
}

// Tab and line ends are the only control characters TOML has a use for (CR only before LF).
bool stray_control(const std::string& s, size_t i) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c == '\t' || c == '\n') return false;
    if (c == '\r') return i + 1 >= s.size() || s[i + 1] != '\n';
    return c < 0x20 || c == 0x7f;
}

// The length of the well-formed UTF-8 sequence at s[i] (a byte of 0x80 or more), 0 if it is not one.
size_t utf8_sequence(const std::string& s, size_t i) {
    auto byte = [&](size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u; };
    unsigned lead = byte(0);
    size_t n = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 0;
    if (n == 0 || lead > 0xf4 || lead == 0xc0 || lead == 0xc1) return 0;
    for (size_t k = 1; k < n; ++k)
        if ((byte(k) & 0xc0) != 0x80) return 0;
    unsigned second = byte(1);
    bool overlong = (lead == 0xe0 && second < 0xa0) || (lead == 0xf0 && second < 0x90);
    bool beyond =
        (lead == 0xed && second >= 0xa0) || (lead == 0xf4 && second >= 0x90); // surrogates, > U+10FFFF
    return overlong || beyond ? 0 : n;
}

std::string codepoint_name(unsigned char c) {
    const char* hex = "0123456789ABCDEF";
    return std::string("U+00") + hex[c >> 4] + hex[c & 15];
}

class Scanner {
  public:
    explicit Scanner(const std::string& text) : s_(text) {}

    std::optional<TomlRefusal> run() {
        while (i_ < s_.size() && !refusal_) {
            if (stray_control(s_, i_))
                refuse("a control character (" + codepoint_name(static_cast<unsigned char>(s_[i_])) +
                       ") is not allowed");
            else if (static_cast<unsigned char>(s_[i_]) >= 0x80)
                non_ascii();
            else
                step();
        }
        return refusal_;
    }

  private:
    const std::string& s_;
    size_t i_ = 0;
    int line_ = 1;
    Context in_ = Context::Code;
    bool value_ = false;   // after a key's '=', until a line ends outside its brackets
    std::string brackets_; // the value's arrays and inline tables still open: they may span lines
    bool element_ = false; // where an array's next value (or its end) is expected
    char before_ = '\n';   // the last character outside strings and comments; '\n' at a line's start
    std::optional<TomlRefusal> refusal_;

    void refuse(std::string reason) { refusal_ = TomlRefusal{line_, std::move(reason)}; }
    bool at(const char* s) const { return s_.compare(i_, std::char_traits<char>::length(s), s) == 0; }

    void non_ascii() {
        if (in_ == Context::Code)
            return refuse("a letter that is not ASCII outside quotes: names are written with a-z, A-Z, "
                          "0-9, - and _ (text goes in quotes)");
        size_t n = utf8_sequence(s_, i_);
        if (n == 0) return refuse("bytes that are not UTF-8 text");
        i_ += n;
    }

    void step() {
        char c = s_[i_];
        if (c == '\n') ++line_;
        switch (in_) {
        case Context::Code:
            return code(c);
        case Context::Comment:
            if (c == '\n') in_ = Context::Code, before_ = '\n';
            break;
        case Context::Basic:
        case Context::Literal:
            if (c == '\n' || c == (in_ == Context::Basic ? '"' : '\''))
                in_ = Context::Code;
            else if (in_ == Context::Basic)
                escape(c);
            break;
        case Context::MultiBasic:
        case Context::MultiLiteral:
            return multi_line(c);
        }
        ++i_;
    }

    void code(char c) {
        bool blank = c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '#';
        // toml++ 3.3.0 asserts that an array's value does not start with a terminator such as '}'.
        if (element_ && c == '}') return refuse("a } where a value of a list in [ ] is expected");
        char before = std::exchange(before_, c == '\n' || !blank ? c : before_);
        if (c == '#') in_ = Context::Comment;
        // A quote starts a string only where a key or a value starts; elsewhere toml++ reads on
        // through what follows as code, Unicode tables included, before it finds the error.
        if ((c == '"' || c == '\'') && std::strchr("\n=[{,.", before)) return open_string(c);
        if (c == '[' && !value_) return header();
        if (c == '=' && brackets_.empty()) value_ = true;
        if (value_ && (c == '[' || c == '{')) brackets_ += c;
        if (value_ && (c == ']' || c == '}') && !brackets_.empty()) brackets_.pop_back();
        if (!blank)
            element_ = value_ && !brackets_.empty() && brackets_.back() == '[' && (c == '[' || c == ',');
        if (c == '\n' && brackets_.empty()) value_ = false;
        ++i_;
    }

    void open_string(char quote) {
        bool multi = at(quote == '"' ? "\"\"\"" : "'''");
        in_ = quote == '"' ? (multi ? Context::MultiBasic : Context::Basic)
                           : (multi ? Context::MultiLiteral : Context::Literal);
        i_ += multi ? 3 : 1;
    }

    // \" and \\ in a basic string are not its end; other escapes are checked as they come. But
    // toml++ 3.3.0 reads a non-ASCII letter after \, or after a line-ending \ and the blanks and
    // line breaks that follow it, through the Unicode tables it fails on.
    void escape(char c) {
        if (c != '\\') return;
        size_t j = i_ + 1;
        while (j < s_.size() && (s_[j] == ' ' || s_[j] == '\t' || s_[j] == '\r' || s_[j] == '\n')) ++j;
        if (j < s_.size() && static_cast<unsigned char>(s_[j]) >= 0x80)
            refuse("a \\ before a letter that is not ASCII, which no escape starts with");
        else if (j == i_ + 1 && j < s_.size() && (s_[j] == '"' || s_[j] == '\\'))
            ++i_;
    }

    // A multi-line string ends at three quotes; up to two more before them belong to the string.
    void multi_line(char c) {
        char quote = in_ == Context::MultiBasic ? '"' : '\'';
        if (in_ == Context::MultiBasic) escape(c);
        size_t run = 0;
        while (c == quote && i_ + run < s_.size() && s_[i_ + run] == quote) ++run;
        if (run >= 3) in_ = Context::Code;
        i_ += run > 0 ? run : 1;
    }

    // "[name]" or "[[name]]": toml++ 3.3.0 asserts that the name starts as a key does.
    void header() {
        size_t j = i_ + 1;
        if (j < s_.size() && s_[j] == '[') ++j;
        while (j < s_.size() && (s_[j] == ' ' || s_[j] == '\t')) ++j;
        if (j >= s_.size() || !starts_key(s_[j]))
            return refuse("a section name in [ ] starts with a letter, a digit, - or _, or a quote");
        i_ = j;
        before_ = '[';
    }
};

} // namespace

std::optional<TomlRefusal> toml_guard(const std::string& text) {
    return Scanner(text).run();
}

} // namespace kiosk
