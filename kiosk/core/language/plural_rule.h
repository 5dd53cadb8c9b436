// gettext's Plural-Forms: "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : ...);" picks which of a
// language's forms a count takes ("1 seconde", "2 secondes"; Arabic has six, Russian three).
// The expression is gettext's C subset: n, integers, ! == != < <= > >= && || ?: % + - * / and
// parentheses, computed as gettext does, on unsigned 64-bit numbers. It is parsed once into a
// tree of bounded size and depth; evaluating it never divides by zero or recurses without end.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kiosk {

class PluralRule {
  public:
    PluralRule() = default; // one form for every count, as for a language without plurals (Chinese)

    // Parses a header's value, "nplurals=N; plural=EXPR;". On failure `error` says why and the
    // rule stays the one-form rule.
    static PluralRule parse(const std::string& plural_forms, std::string& error);

    int forms() const { return nplurals_; }
    const std::string& text() const { return text_; } // as written, to store and parse again

    // The form for n; nullopt when the expression divides by zero for n or names a form the
    // language does not have: the caller then falls back as for a missing string.
    std::optional<int> form(uint64_t n) const;

    // The first count in 0..last whose form is out of range or undefined, with why; "" if none.
    std::string check(uint64_t last) const;

    struct Node {
        enum class Op { N, Number, Not, Binary, Choice } op = Op::Number;
        char binary = 0;    // Binary: one of + - * / % < > l(<=) g(>=) = (==) ! (!=) & (&&) | (||)
        uint64_t value = 0; // Number
        int a = -1, b = -1, c = -1;
    };

  private:
    int nplurals_ = 1;
    std::string text_ = "nplurals=1; plural=0;";
    // The root is the last node. One Number 0 node, built without an initializer list, which GCC 12's
    // optimiser misreads as copied uninitialised (-Wmaybe-uninitialized in Release builds).
    std::vector<Node> nodes_ = std::vector<Node>(1);
    std::optional<uint64_t> eval(int node, uint64_t n) const;
};

} // namespace kiosk
