#include "core/language/plural_rule.h"

#include <algorithm>
#include <cctype>
#include <initializer_list>

namespace kiosk {

namespace {

constexpr size_t max_length = 1000; // real rules are under 200 characters
constexpr int max_depth = 40;       // Arabic's rule is 12 deep
constexpr int max_forms = 6;        // Arabic, the most any language has
constexpr uint64_t max_number = 1'000'000'000;

using Node = PluralRule::Node;
using Op = Node::Op;

// Recursive descent over gettext's grammar, loosest first: ?: || && (== !=) (< > <= >=) (+ -)
// (* / %) ! then n, numbers and parentheses. Each node records its depth so the tree, and the
// evaluation that walks it, stay shallow.
class Parser {
  public:
    explicit Parser(const std::string& text) : s_(text) {}

    // The root's index, or -1 with error_ set.
    int parse(std::vector<Node>& nodes) {
        nodes_ = &nodes;
        int root = choice();
        skip();
        if (root >= 0 && at_ < s_.size()) fail("unexpected '" + s_.substr(at_, 1) + "'");
        return error_.empty() ? root : -1;
    }
    const std::string& error() const { return error_; }

  private:
    const std::string& s_;
    size_t at_ = 0;
    std::string error_;
    std::vector<Node>* nodes_ = nullptr;
    std::vector<int> depth_;
    int level_ = 0; // parentheses, ?: branches and ! being parsed: bounds the parser's own recursion

    int fail(const std::string& why) {
        if (error_.empty()) error_ = why + " at character " + std::to_string(at_ + 1);
        return -1;
    }
    void skip() {
        while (at_ < s_.size() && std::isspace(static_cast<unsigned char>(s_[at_]))) ++at_;
    }
    bool eat(const char* token) {
        skip();
        size_t len = std::char_traits<char>::length(token);
        if (s_.compare(at_, len, token) != 0) return false;
        // "<" must not take the first half of "<=", nor "!" of "!=", nor "=" stand alone.
        if (len == 1 && at_ + 1 < s_.size() && s_[at_ + 1] == '=' &&
            std::string("<>!=").find(token[0]) != std::string::npos)
            return false;
        at_ += len;
        return true;
    }
    int add(Node n, std::initializer_list<int> children) {
        int depth = 1;
        for (int c : children) {
            if (c < 0) return -1;
            depth = std::max(depth, depth_[c] + 1);
        }
        if (depth > max_depth) return fail("the expression is nested too deeply");
        nodes_->push_back(n);
        depth_.push_back(depth);
        return static_cast<int>(nodes_->size()) - 1;
    }
    int binary(char op, int a, int b) {
        Node n{Op::Binary};
        n.binary = op, n.a = a, n.b = b;
        if ((op == '/' || op == '%') && b >= 0 && (*nodes_)[b].op == Op::Number && (*nodes_)[b].value == 0)
            return fail("division by zero");
        return add(n, {a, b});
    }

    // The ways back into the grammar's top, each one level deeper.
    int nested(int (Parser::*rule)()) {
        if (level_ >= max_depth) return fail("the expression is nested too deeply");
        ++level_;
        int node = (this->*rule)();
        --level_;
        return node;
    }

    int choice() {
        int cond = either();
        if (cond < 0 || !eat("?")) return cond;
        int yes = nested(&Parser::choice);
        if (yes >= 0 && !eat(":")) return fail("':' expected");
        int no = yes < 0 ? -1 : nested(&Parser::choice);
        Node n{Op::Choice};
        n.a = cond, n.b = yes, n.c = no;
        return add(n, {cond, yes, no});
    }
    int either() {
        int a = both();
        while (a >= 0 && eat("||")) a = binary('|', a, both());
        return a;
    }
    int both() {
        int a = equality();
        while (a >= 0 && eat("&&")) a = binary('&', a, equality());
        return a;
    }
    int equality() {
        int a = relation();
        while (a >= 0) {
            if (eat("=="))
                a = binary('=', a, relation());
            else if (eat("!="))
                a = binary('!', a, relation());
            else
                break;
        }
        return a;
    }
    int relation() {
        int a = sum();
        while (a >= 0) {
            if (eat("<="))
                a = binary('l', a, sum());
            else if (eat(">="))
                a = binary('g', a, sum());
            else if (eat("<"))
                a = binary('<', a, sum());
            else if (eat(">"))
                a = binary('>', a, sum());
            else
                break;
        }
        return a;
    }
    int sum() {
        int a = product();
        while (a >= 0) {
            if (eat("+"))
                a = binary('+', a, product());
            else if (eat("-"))
                a = binary('-', a, product());
            else
                break;
        }
        return a;
    }
    int product() {
        int a = unary();
        while (a >= 0) {
            if (eat("*"))
                a = binary('*', a, unary());
            else if (eat("/"))
                a = binary('/', a, unary());
            else if (eat("%"))
                a = binary('%', a, unary());
            else
                break;
        }
        return a;
    }
    int unary() {
        if (eat("!")) {
            int a = nested(&Parser::unary);
            Node n{Op::Not};
            n.a = a;
            return add(n, {a});
        }
        return primary();
    }
    int primary() {
        skip();
        if (eat("(")) {
            int a = nested(&Parser::choice);
            if (a >= 0 && !eat(")")) return fail("')' expected");
            return a;
        }
        if (at_ < s_.size() && s_[at_] == 'n') {
            ++at_;
            return add(Node{Op::N}, {});
        }
        if (at_ < s_.size() && std::isdigit(static_cast<unsigned char>(s_[at_]))) {
            Node n{Op::Number};
            while (at_ < s_.size() && std::isdigit(static_cast<unsigned char>(s_[at_]))) {
                n.value = n.value * 10 + static_cast<uint64_t>(s_[at_++] - '0');
                if (n.value > max_number) return fail("number too large");
            }
            return add(n, {});
        }
        return fail(at_ < s_.size() ? "unexpected '" + s_.substr(at_, 1) + "'"
                                    : "the expression ends too soon");
    }
};

// "nplurals=3; plural=EXPR;" -> the value after "name=", up to its ';' (or the end). gettext
// allows spaces around the '=' ("nplurals = 2"); "plural" is not found inside "nplurals".
std::optional<std::string> field(const std::string& text, const std::string& name) {
    for (size_t at = text.find(name); at != std::string::npos; at = text.find(name, at + 1)) {
        bool starts = at == 0 || text[at - 1] == ' ' || text[at - 1] == ';' || text[at - 1] == '\t';
        size_t eq = text.find_first_not_of(" \t", at + name.size());
        if (!starts || eq == std::string::npos || text[eq] != '=') continue;
        size_t end = text.find(';', eq + 1);
        return text.substr(eq + 1, end == std::string::npos ? std::string::npos : end - eq - 1);
    }
    return std::nullopt;
}

} // namespace

PluralRule PluralRule::parse(const std::string& plural_forms, std::string& error) {
    error.clear();
    if (plural_forms.size() > max_length) {
        error = "Plural-Forms is longer than " + std::to_string(max_length) + " characters";
        return {};
    }
    std::optional<std::string> count = field(plural_forms, "nplurals"), expr = field(plural_forms, "plural");
    if (!count || !expr) {
        error = "Plural-Forms needs \"nplurals=N; plural=EXPR;\"";
        return {};
    }
    size_t b = count->find_first_not_of(' '), e = count->find_last_not_of(' ');
    std::string digits = b == std::string::npos ? "" : count->substr(b, e - b + 1);
    if (digits.size() != 1 || digits[0] < '1' || digits[0] > '0' + max_forms) {
        error = "nplurals must be 1 to " + std::to_string(max_forms) + ", not \"" + *count + "\"";
        return {};
    }
    PluralRule rule;
    std::vector<Node> nodes;
    Parser parser(*expr);
    if (parser.parse(nodes) < 0) {
        error = "plural=" + *expr + ": " + parser.error();
        return {};
    }
    rule.nplurals_ = digits[0] - '0';
    rule.nodes_ = std::move(nodes);
    rule.text_ = plural_forms;
    return rule;
}

std::optional<uint64_t> PluralRule::eval(int i, uint64_t n) const {
    const Node& x = nodes_[static_cast<size_t>(i)];
    switch (x.op) {
    case Op::N:
        return n;
    case Op::Number:
        return x.value;
    case Op::Not: {
        std::optional<uint64_t> a = eval(x.a, n);
        if (!a) return std::nullopt;
        return *a == 0 ? 1 : 0;
    }
    case Op::Choice: {
        std::optional<uint64_t> c = eval(x.a, n);
        if (!c) return std::nullopt;
        return eval(*c ? x.b : x.c, n);
    }
    case Op::Binary:
        break;
    }
    std::optional<uint64_t> a = eval(x.a, n);
    if (!a) return std::nullopt;
    if (x.binary == '&' && !*a) return 0; // && and || short-circuit, as in C
    if (x.binary == '|' && *a) return 1;
    std::optional<uint64_t> b = eval(x.b, n);
    if (!b) return std::nullopt;
    switch (x.binary) {
    case '+':
        return *a + *b;
    case '-':
        return *a - *b;
    case '*':
        return *a * *b;
    case '/':
        return *b ? std::optional<uint64_t>(*a / *b) : std::nullopt;
    case '%':
        return *b ? std::optional<uint64_t>(*a % *b) : std::nullopt;
    case '<':
        return *a < *b;
    case '>':
        return *a > *b;
    case 'l':
        return *a <= *b;
    case 'g':
        return *a >= *b;
    case '=':
        return *a == *b;
    case '!':
        return *a != *b;
    default:
        return *b != 0; // the right side of && and ||, the left having not decided
    }
}

std::optional<int> PluralRule::form(uint64_t n) const {
    std::optional<uint64_t> v = eval(static_cast<int>(nodes_.size()) - 1, n);
    if (!v || *v >= static_cast<uint64_t>(nplurals_)) return std::nullopt;
    return static_cast<int>(*v);
}

std::string PluralRule::check(uint64_t last) const {
    for (uint64_t n = 0; n <= last; ++n) {
        std::optional<uint64_t> v = eval(static_cast<int>(nodes_.size()) - 1, n);
        if (!v) return "for n = " + std::to_string(n) + " the plural expression divides by zero";
        if (*v >= static_cast<uint64_t>(nplurals_))
            return "for n = " + std::to_string(n) + " the plural expression gives form " +
                   std::to_string(*v) + ", but nplurals is " + std::to_string(nplurals_);
    }
    return "";
}

} // namespace kiosk
