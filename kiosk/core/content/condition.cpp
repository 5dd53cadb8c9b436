#include "core/content/condition.h"

#include <cctype>

namespace kiosk {

namespace {

bool is_name_char(char c) {
    return std::islower(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) ||
           c == '_' || c == '-';
}

struct Token {
    enum Kind { Name, Eq, Ne, LParen, RParen, Comma, End } kind;
    std::string text;
    size_t pos;
};

struct ParseError {
    std::string message;
};

std::vector<Token> tokenize(const std::string& s) {
    std::vector<Token> out;
    size_t i = 0;
    while (i < s.size()) {
        char c = s[i];
        if (c == ' ' || c == '\t') {
            ++i;
        } else if (is_name_char(c)) {
            size_t start = i;
            while (i < s.size() && is_name_char(s[i])) ++i;
            out.push_back({Token::Name, s.substr(start, i - start), start});
        } else if (s.compare(i, 2, "==") == 0) {
            out.push_back({Token::Eq, "==", i});
            i += 2;
        } else if (s.compare(i, 2, "!=") == 0) {
            out.push_back({Token::Ne, "!=", i});
            i += 2;
        } else if (c == '(' || c == ')' || c == ',') {
            out.push_back({c == '('   ? Token::LParen
                           : c == ')' ? Token::RParen
                                      : Token::Comma,
                           std::string(1, c), i});
            ++i;
        } else {
            throw ParseError{"unexpected character '" + std::string(1, c) + "' at position " +
                             std::to_string(i + 1)};
        }
    }
    out.push_back({Token::End, "", s.size()});
    return out;
}

class Parser {
  public:
    explicit Parser(std::vector<Token> tokens) : t_(std::move(tokens)) {}

    ConditionPtr parse() {
        ConditionPtr c = parse_or();
        if (peek().kind != Token::End) fail("expected 'and', 'or' or the end");
        return c;
    }

  private:
    std::vector<Token> t_;
    size_t i_ = 0;
    int depth_ = 0;

    const Token& peek() const { return t_[i_]; }
    bool peek_word(const char* w) const { return peek().kind == Token::Name && peek().text == w; }
    Token take() { return t_[i_++]; }

    [[noreturn]] void fail(const std::string& what) const {
        const Token& t = peek();
        std::string found = t.kind == Token::End ? "the end" : "'" + t.text + "'";
        throw ParseError{what + ", found " + found + " at position " + std::to_string(t.pos + 1)};
    }

    Token expect(Token::Kind kind, const char* what) {
        if (peek().kind != kind) fail(std::string("expected ") + what);
        return take();
    }

    static ConditionPtr binary(Condition::Op op, ConditionPtr l, ConditionPtr r) {
        auto c = std::make_shared<Condition>();
        c->op = op;
        c->left = std::move(l);
        c->right = std::move(r);
        return c;
    }

    ConditionPtr parse_or() {
        ConditionPtr c = parse_and();
        while (peek_word("or")) {
            take();
            c = binary(Condition::Op::Or, c, parse_and());
        }
        return c;
    }

    ConditionPtr parse_and() {
        ConditionPtr c = parse_unary();
        while (peek_word("and")) {
            take();
            c = binary(Condition::Op::And, c, parse_unary());
        }
        return c;
    }

    ConditionPtr parse_unary() {
        if (++depth_ > 32) fail("condition nested too deeply");
        ConditionPtr c = parse_unary_inner();
        --depth_;
        return c;
    }

    ConditionPtr parse_unary_inner() {
        auto c = std::make_shared<Condition>();
        if (peek().kind == Token::LParen) {
            take();
            ConditionPtr inner = parse_or();
            expect(Token::RParen, "')'");
            return inner;
        }
        Token name = expect(Token::Name, "a question name, 'not', 'true', 'false' or '('");
        if (name.text == "not") {
            c->op = Condition::Op::Not;
            c->left = parse_unary();
        } else if (name.text == "true" || name.text == "false") {
            c->op = name.text == "true" ? Condition::Op::True : Condition::Op::False;
        } else if (name.text == "answered") {
            expect(Token::LParen, "'(' after answered");
            c->op = Condition::Op::Answered;
            c->var = expect(Token::Name, "a question name").text;
            expect(Token::RParen, "')'");
        } else {
            c->var = name.text;
            parse_comparison(*c);
        }
        return c;
    }

    void parse_comparison(Condition& c) {
        if (peek().kind == Token::Eq || peek().kind == Token::Ne) {
            c.op = take().kind == Token::Eq ? Condition::Op::Equals : Condition::Op::NotEquals;
            c.values.push_back(expect(Token::Name, "a value").text);
            return;
        }
        if (!peek_word("in")) fail("expected '==', '!=' or 'in' after '" + c.var + "'");
        take();
        c.op = Condition::Op::In;
        expect(Token::LParen, "'(' after in");
        c.values.push_back(expect(Token::Name, "a value").text);
        while (peek().kind == Token::Comma) {
            take();
            c.values.push_back(expect(Token::Name, "a value").text);
        }
        expect(Token::RParen, "')'");
    }
};

void collect(const Condition& c, std::vector<std::pair<std::string, std::string>>& out) {
    if (c.op == Condition::Op::Answered) out.emplace_back(c.var, "");
    for (const std::string& v : c.values) out.emplace_back(c.var, v);
    if (c.left) collect(*c.left, out);
    if (c.right) collect(*c.right, out);
}

} // namespace

ConditionParse parse_condition(const std::string& text) {
    if (text.find_first_not_of(" \t") == std::string::npos) return {std::make_shared<Condition>(), ""};
    // A guard is a few words; a long one is a mistake or an attack, and every use of it recurses.
    if (text.size() > 500) return {nullptr, "a condition may be at most 500 characters long"};
    try {
        return {Parser(tokenize(text)).parse(), ""};
    } catch (const ParseError& e) {
        return {nullptr, e.message};
    }
}

bool evaluate(const Condition& c, const Answers& answers) {
    auto answer = [&](const std::string& var) -> const std::string* {
        auto it = answers.find(var);
        return it == answers.end() ? nullptr : &it->second;
    };
    switch (c.op) {
    case Condition::Op::True:
        return true;
    case Condition::Op::False:
        return false;
    case Condition::Op::Equals: {
        const std::string* a = answer(c.var);
        return a && *a == c.values[0];
    }
    case Condition::Op::NotEquals: {
        const std::string* a = answer(c.var);
        return !a || *a != c.values[0];
    }
    case Condition::Op::In: {
        const std::string* a = answer(c.var);
        if (!a) return false;
        for (const std::string& v : c.values)
            if (*a == v) return true;
        return false;
    }
    case Condition::Op::Answered:
        return answer(c.var) != nullptr;
    case Condition::Op::Not:
        return !evaluate(*c.left, answers);
    case Condition::Op::And:
        return evaluate(*c.left, answers) && evaluate(*c.right, answers);
    case Condition::Op::Or:
        return evaluate(*c.left, answers) || evaluate(*c.right, answers);
    }
    return false;
}

std::vector<std::pair<std::string, std::string>> referenced_answers(const Condition& c) {
    std::vector<std::pair<std::string, std::string>> out;
    collect(c, out);
    return out;
}

} // namespace kiosk
