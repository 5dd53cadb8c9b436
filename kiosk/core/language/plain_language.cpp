#include "core/language/plain_language.h"

#include "core/language/i18n.h"

#include <algorithm>
#include <cctype>

namespace kiosk {

namespace {

bool ascii_alnum(char32_t c) {
    return c < 0x80 && std::isalnum(static_cast<int>(c));
}

// Letters and digits of any script; the Latin-1 signs, the general punctuation block (dashes,
// curly quotes, "…", thin spaces) and the multiplication and division signs are not.
bool word_char(char32_t c) {
    if (c < 0x80) return ascii_alnum(c);
    if (c == 0xD7 || c == 0xF7) return false;
    return (c >= 0xC0 && c < 0x2000) || c >= 0x3000;
}

// Spaces French typography puts between words and before ":" or "?" (no-break, narrow, thin).
bool space(char32_t c) {
    return c == ' ' || c == '\t' || c == '\r' || c == 0xA0 || c == 0x202F || c == 0x2009;
}

std::vector<std::string> split_lines(const std::string& text) {
    std::vector<std::string> lines(1);
    for (char c : text)
        if (c == '\n')
            lines.emplace_back();
        else
            lines.back() += c;
    return lines;
}

std::vector<std::string> tokens(const std::string& line) {
    std::vector<std::string> out;
    std::string current;
    for (size_t i = 0; i < line.size();) {
        size_t start = i;
        if (space(next_codepoint(line, i))) {
            if (!current.empty()) out.push_back(std::move(current)), current.clear();
        } else {
            current.append(line, start, i - start);
        }
    }
    if (!current.empty()) out.push_back(std::move(current));
    return out;
}

bool holds_word(const std::string& token) {
    for (size_t i = 0; i < token.size();)
        if (word_char(next_codepoint(token, i))) return true;
    return false;
}

bool ends_with(const std::string& s, const std::string& end) {
    return s.size() >= end.size() && s.compare(s.size() - end.size(), end.size(), end) == 0;
}

bool starts_with(const std::string& s, const std::string& start) {
    return s.rfind(start, 0) == 0;
}

// Closing quotes and brackets after a sentence's last mark: «... fermé.» ends there.
std::string without_closers(std::string token) {
    for (bool again = true; again && !token.empty();) {
        again = false;
        for (const char* closer : {"\xC2\xBB", "\xE2\x80\x9D", "\xE2\x80\x99", ")", "]", "\"", "'"})
            if (ends_with(token, closer))
                token.resize(token.size() - std::string(closer).size()), again = true;
    }
    return token;
}

std::string without_openers(std::string token) {
    for (bool again = true; again && !token.empty();) {
        again = false;
        for (const char* opener : {"\xC2\xAB", "\xE2\x80\x9C", "(", "[", "\""})
            if (starts_with(token, opener)) token.erase(0, std::string(opener).size()), again = true;
    }
    return token;
}

bool abbreviation(const std::string& before_dot) {
    static const std::set<std::string> known = {"M",   "MM",  "Mme", "Mmes", "Mlle", "Dr", "Me", "St",
                                                "Ste", "etc", "cf",  "Cf",   "p",    "av", "bd", "env",
                                                "tél", "Tél", "art", "Art",  "n°",   "N°", "ex", "hab"};
    if (known.count(before_dot)) return true;
    return before_dot.size() == 1 && std::isupper(static_cast<unsigned char>(before_dot[0]));
}

// "1." or "2)" at the start of a line numbers a step; it ends nothing.
bool step_number(const std::string& token) {
    if (token.size() < 2 || (token.back() != '.' && token.back() != ')')) return false;
    return std::all_of(token.begin(), token.end() - 1,
                       [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

bool starts_with_capital(const std::string& token) {
    std::string t = without_openers(token);
    if (t.empty()) return false;
    unsigned char c = static_cast<unsigned char>(t[0]);
    return std::isupper(c) || (c == 0xC3 && t.size() > 1 && static_cast<unsigned char>(t[1]) >= 0x80 &&
                               static_cast<unsigned char>(t[1]) < 0xA0);
}

// "etc." and "bâtiment B." end a sentence when the next word starts one; the title "M. Dupont"
// and "L. 313-11", an article of a code, do not.
bool ends_before_capital(const std::string& word, const std::string& next) {
    bool letter = word.size() == 1 && std::isupper(static_cast<unsigned char>(word[0])) && word != "M";
    return (word == "etc" || letter) && starts_with_capital(next);
}

bool ends_sentence(const std::string& token, bool first_of_sentence, const std::string& next) {
    if (first_of_sentence && step_number(token)) return false;
    std::string t = without_closers(token);
    if (ends_with(t, "\xE2\x80\xA6") || ends_with(t, "!") || ends_with(t, "?")) return true;
    if (!ends_with(t, ".")) return false;
    if (ends_with(t, "..")) return true;
    std::string word = without_openers(t.substr(0, t.size() - 1));
    for (const char* apostrophe : {"'", "\xE2\x80\x99"}) // "l'art." is "art."
        if (size_t at = word.rfind(apostrophe); at != std::string::npos)
            word.erase(0, at + std::string(apostrophe).size());
    return !abbreviation(word) || ends_before_capital(word, next);
}

// Digits in groups, "01", "45", "5", "626": consecutive groups are one number.
bool digit_group(const std::string& token) {
    std::string t = without_openers(token);
    return !t.empty() && std::all_of(t.begin(), t.end(),
                                     [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

// ASCII and the Latin-1 capitals French uses ("Être", "À"), in lower case.
std::string lower(const std::string& s) {
    std::string out = s;
    for (size_t i = 0; i < out.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(out[i]);
        if (c < 0x80)
            out[i] = static_cast<char>(std::tolower(c));
        else if (c == 0xC3 && i + 1 < out.size()) {
            unsigned char d = static_cast<unsigned char>(out[i + 1]);
            if (d >= 0x80 && d <= 0x9E && d != 0x97) out[i + 1] = static_cast<char>(d + 0x20);
            ++i;
        }
    }
    return out;
}

// A sentence's words for the grammar rules: lower case, punctuation off, an elided article or
// pronoun split from its word ("n'avez" -> "ne", "avez"; "l'OFII" -> "le", "ofii").
struct Word {
    std::string text;
    bool capital = false; // as written: a capital after the first word names something
};

// Punctuation and closers after a word, but not the inclusive ending of "seul(e)".
std::string without_end_marks(std::string t) {
    while (!t.empty() && !ends_with(t, "(e)") && !ends_with(t, "(s)") && !ends_with(t, "(es)")) {
        std::string shorter = without_closers(t);
        if (shorter.size() < t.size())
            t = shorter;
        else if (std::string(".,;:!?").find(t.back()) != std::string::npos)
            t.pop_back();
        else
            break;
    }
    return t;
}

std::vector<Word> grammar_words(const std::string& sentence) {
    static const std::set<std::string> elided = {"l", "d", "n", "qu",    "c",      "j",
                                                 "s", "m", "t", "jusqu", "lorsqu", "puisqu"};
    std::vector<Word> out;
    for (std::string t : tokens(sentence)) {
        t = without_end_marks(without_openers(t));
        for (const char* apostrophe : {"'", "\xE2\x80\x99"}) {
            size_t at = t.find(apostrophe);
            if (at == std::string::npos || !elided.count(lower(t.substr(0, at)))) continue;
            std::string head = lower(t.substr(0, at));
            out.push_back({head == "n" ? "ne" : head + "'", false});
            t.erase(0, at + std::string(apostrophe).size());
        }
        if (t.empty() || !holds_word(t)) continue;
        bool capital = std::isupper(static_cast<unsigned char>(t[0])) ||
                       (static_cast<unsigned char>(t[0]) == 0xC3 && t.size() > 1 &&
                        static_cast<unsigned char>(t[1]) < 0xA0);
        out.push_back({lower(t), capital});
    }
    return out;
}

std::string inclusive_base(std::string w) { // "seul(e)" -> "seul", "accompagné(e)s" -> "accompagné"
    for (const char* mark : {"(e)s", "(es)", "(e)", "(s)"})
        if (ends_with(w, mark)) return w.substr(0, w.size() - std::string(mark).size());
    return w;
}

// "Appelez le 115 : c'est gratuit, jour et nuit, même sans crédit": after the colon a sentence
// goes on, with its subject, rather than a list.
bool clause_follows(const std::string& after_colon) {
    std::vector<Word> words = grammar_words(after_colon);
    static const std::set<std::string> subjects = {"c'", "il", "elle", "on", "vous", "ils", "elles", "nous"};
    return !words.empty() && subjects.count(words.front().text) > 0;
}

// Two or more clause joints, or a list after a colon: more than one idea in one sentence.
std::string chained_clauses(const std::string& sentence) {
    static const char* joints[] = {";",         ", et ",    ", mais ",  ", qui ", " puis ",
                                   " car ",     ", donc ",  ", alors ", ", ou ",  ", où ",
                                   " parce qu", ", sinon ", ", si "};
    std::string s = lower(sentence);
    std::vector<std::string> found;
    for (const char* joint : joints)
        for (size_t at = s.find(joint); at != std::string::npos; at = s.find(joint, at + 1))
            found.push_back(joint);
    size_t colon = s.find(':');
    if (colon != std::string::npos && std::count(s.begin() + colon, s.end(), ',') >= 2 &&
        !clause_follows(s.substr(colon + 1)))
        return "a list after \xC2\xAB:\xC2\xBB";
    if (found.size() < 2) return "";
    std::string detail;
    for (const std::string& j : found) {
        size_t a = j.find_first_not_of(" ,"), b = j.find_last_not_of(" ");
        detail += (detail.empty() ? "\xC2\xAB" : " \xC2\xAB") + j.substr(a, b - a + 1) + "\xC2\xBB";
    }
    return detail;
}

const std::set<std::string>& number_words() {
    static const std::set<std::string> words = {
        "deux",   "trois",  "quatre",   "cinq",      "six",      "sept",   "huit",  "neuf",
        "dix",    "onze",   "douze",    "treize",    "quatorze", "quinze", "seize", "vingt",
        "vingts", "trente", "quarante", "cinquante", "soixante", "cent",   "cents", "mille"};
    return words;
}

bool number_in_words(const std::string& w) {
    if (w.find('-') == std::string::npos) return number_words().count(w) > 0;
    bool any = false;
    for (size_t start = 0; start <= w.size();) {
        size_t end = std::min(w.find('-', start), w.size());
        std::string part = w.substr(start, end - start);
        if (number_words().count(part))
            any = true;
        else if (part != "et" && part != "un" && part != "une")
            return false;
        start = end + 1;
    }
    return any;
}

// "neuf" is also "new" and "un" an article: only before something counted are they numbers.
bool counts_something(const std::string& w) {
    static const std::set<std::string> counted = {
        "an",     "ans",    "mois",    "jour", "jours", "semaine", "semaines",  "heure",
        "heures", "minute", "minutes", "euro", "euros", "fois",    "personnes", "enfants"};
    return counted.count(w) > 0;
}

bool passive_participle(const std::string& word);

// "Une fois prescrite, la formation ...": "une fois" before a participle means "once", not a count.
bool once(const std::vector<Word>& words, size_t i) {
    if (words[i].text != "une" || i + 2 >= words.size() || words[i + 1].text != "fois") return false;
    const std::string& next = words[i + 2].text;
    for (const char* end : {"é", "ée", "és", "ées", "ite", "ites", "ise", "ises", "ue", "ues"})
        if (ends_with(next, end)) return true;
    return passive_participle(next);
}

std::vector<std::string> numbers_in_words(const std::vector<Word>& words) {
    std::vector<std::string> found;
    for (size_t i = 0; i < words.size(); ++i) {
        const Word& w = words[i];
        if (w.capital && i > 0) continue; // "les Quinze-Vingts": a name
        bool counts = i + 1 < words.size() && counts_something(words[i + 1].text) && !once(words, i);
        bool one = w.text == "un" || w.text == "une"; // "d'un an", but "un rendez-vous" is an article
        if (one ? !counts : !number_in_words(w.text) || (w.text == "neuf" && !counts)) continue;
        found.push_back(w.text);
    }
    return found;
}

bool passive_participle(const std::string& word) {
    static const std::set<std::string> irregular = {
        "pris",   "prise",   "prises",   "compris",   "comprise",   "mis",        "mise",     "mises",
        "remis",  "remise",  "admis",    "admise",    "permis",     "soumis",     "soumise",  "reçu",
        "reçue",  "reçus",   "reçues",   "vu",        "vue",        "vus",        "tenu",     "tenue",
        "obtenu", "obtenue", "retenu",   "retenue",   "reconnu",    "reconnue",   "reconnus", "reconnues",
        "offert", "offerte", "couvert",  "couverte",  "couverts",   "inscrit",    "inscrite", "inscrits",
        "écrit",  "écrite",  "interdit", "interdite", "dit",        "dite",       "fait",     "faite",
        "suivi",  "suivie",  "suivis",   "accueilli", "accueillie", "accueillis", "puni",     "punie",
        "punis",  "battu",   "battue",   "fourni",    "fournie",    "requis",     "exclu",    "exclue"};
    // Verbs whose compound past takes "être" ("vous êtes arrivé") and states ("le bureau est
    // fermé"), not a passive.
    static const std::set<std::string> not_passive = {
        "né",    "arrivé",   "allé",   "entré", "rentré", "resté", "tombé",
        "monté", "retourné", "décédé", "passé", "situé",  "âgé",   "marié",
        "pacsé", "divorcé",  "séparé", "fermé", "désolé", "été",   "réfugié"};
    std::string w = inclusive_base(word);
    if (irregular.count(w)) return true;
    for (const char* end : {"ées", "és", "ée", "é"}) {
        if (!ends_with(w, end)) continue;
        std::string base = w.substr(0, w.size() - std::string(end).size()) + "é";
        return base.size() > 3 && !not_passive.count(base);
    }
    return false;
}

std::vector<std::string> passives(const std::vector<Word>& words) {
    static const std::set<std::string> be = {"est",    "sont",   "être",     "été",   "sera",    "seront",
                                             "serez",  "serait", "seraient", "était", "étaient", "êtes",
                                             "sommes", "soit",   "soient",   "suis"};
    static const std::set<std::string> between = {"pas",      "plus", "jamais", "bien",    "souvent",
                                                  "toujours", "déjà", "aussi",  "parfois", "ensuite",
                                                  "encore",   "vite", "tout",   "tous",    "peut-être"};
    std::vector<std::string> found;
    for (size_t i = 0; i < words.size(); ++i) {
        if (!be.count(words[i].text)) continue;
        size_t k = i + 1;
        while (k < words.size() && between.count(words[k].text)) ++k;
        if (k < words.size() && passive_participle(words[k].text))
            found.push_back(words[i].text + " " + words[k].text);
    }
    return found;
}

std::vector<std::string> negations(const std::vector<Word>& words) {
    static const std::set<std::string> second = {"pas",   "plus",   "jamais", "rien",  "personne",
                                                 "aucun", "aucune", "nulle",  "guère", "ni"};
    std::vector<std::string> found;
    for (size_t i = 0; i < words.size(); ++i) {
        if (words[i].text == "sans") found.push_back("sans");
        if (words[i].text != "ne" || (i + 1 < words.size() && words[i + 1].text == "importe")) continue;
        for (size_t k = i + 1; k < words.size() && k <= i + 6; ++k)
            if (second.count(words[k].text)) {
                found.push_back("ne ... " + words[k].text);
                break;
            }
    }
    return found;
}

// A run of letters and digits, cut at anything else (apostrophes and hyphens too), with its place.
struct Run {
    std::string text;
    size_t begin, end;
};

std::vector<Run> runs(const std::string& text) {
    std::vector<Run> out;
    size_t start = std::string::npos;
    for (size_t i = 0; i <= text.size();) {
        size_t here = i;
        bool in_word = i < text.size() && word_char(next_codepoint(text, i));
        if (in_word && start == std::string::npos) start = here;
        if (!in_word && start != std::string::npos)
            out.push_back({text.substr(start, here - start), start, here}), start = std::string::npos;
        if (here == text.size()) break;
    }
    return out;
}

// "OFII", "CADA", "A1": two capitals and no small letter, or a capital and a digit.
bool acronym(const std::string& run) {
    if (run.size() < 2 || !std::all_of(run.begin(), run.end(),
                                       [](char c) { return ascii_alnum(static_cast<unsigned char>(c)); }))
        return false;
    auto upper = std::count_if(run.begin(), run.end(),
                               [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
    auto lower_ = std::count_if(run.begin(), run.end(),
                                [](char c) { return std::islower(static_cast<unsigned char>(c)); });
    if (lower_) return false;
    return upper >= 2 || (run.size() == 2 && upper == 1 && std::isdigit(static_cast<unsigned char>(run[1])));
}

// A word's first letter in lower case without its accent: "État" -> 'e', "à" -> 'a'.
char initial(const std::string& word) {
    size_t i = 0;
    char32_t c = next_codepoint(word, i);
    if (c < 0x80) return static_cast<char>(std::tolower(static_cast<int>(c)));
    static const std::u32string with_accents = U"àâäÀÂÄéèêëÉÈÊËîïÎÏôöÔÖùûüÙÛÜçÇ";
    static const std::string bare = "aaaaaaeeeeeeeeiiiioooouuuuuucc";
    size_t at = with_accents.find(c);
    return at == std::u32string::npos ? '\0' : bare[at];
}

// Words an acronym leaves out: "Office français de l'immigration" is OFI..., not OFDLI.
bool function_word(const std::string& run) {
    static const std::set<std::string> words = {"de", "du",  "des", "la",  "le",   "l",   "d",  "à",
                                                "au", "aux", "et",  "les", "pour", "sur", "en", "un"};
    return words.count(lower(run)) > 0;
}

// The words, in order, spell the acronym's letters: the first and the last word give its first
// and last letter, the letters between come from words between, in order; function words and
// a few other words may be left out. A digit ("C2S") is no letter.
bool spells(std::vector<std::string> words, const std::string& acronym_run) {
    std::string letters;
    for (char c : acronym_run)
        if (std::isalpha(static_cast<unsigned char>(c))) letters += static_cast<char>(std::tolower(c));
    while (!words.empty() && function_word(words.back())) words.pop_back();
    while (!words.empty() && function_word(words.front())) words.erase(words.begin());
    if (letters.size() < 2 || words.size() < 2 || words.size() > 2 * letters.size()) return false;
    if (initial(words.front()) != letters.front() || initial(words.back()) != letters.back()) return false;
    size_t next = 1;
    for (size_t w = 1; w + 1 < words.size() && next + 1 < letters.size(); ++w)
        if (initial(words[w]) == letters[next]) ++next;
    return next + 1 == letters.size();
}

// The runs of the text between two places, acronyms and numbers left out.
std::vector<std::string> words_between(const std::vector<Run>& all, size_t from, size_t to) {
    std::vector<std::string> out;
    for (const Run& r : all)
        if (r.begin >= from && r.end <= to && !acronym(r.text) && !digit_group(r.text)) out.push_back(r.text);
    return out;
}

// The long form starts the words ("ACR (long form, more)") or ends them ("long form (ACR)").
bool spelled_at_start(const std::vector<std::string>& words, const std::string& acronym_run) {
    for (size_t n = words.size(); n >= 2; --n)
        if (spells({words.begin(), words.begin() + static_cast<long>(n)}, acronym_run)) return true;
    return false;
}

bool spelled_at_end(const std::vector<std::string>& words, const std::string& acronym_run) {
    for (size_t n = 0; n + 2 <= words.size(); ++n)
        if (spells({words.begin() + static_cast<long>(n), words.end()}, acronym_run)) return true;
    return false;
}

// The brackets around a place of the text, innermost; npos when there are none.
std::pair<size_t, size_t> enclosing_brackets(const std::string& text, size_t at) {
    size_t depth = 0, open = std::string::npos;
    for (size_t i = at; i-- > 0;) {
        if (text[i] == ')') ++depth;
        if (text[i] == '(' && depth-- == 0) {
            open = i;
            break;
        }
    }
    if (open == std::string::npos) return {open, open};
    size_t close = text.find(')', at);
    return {open, close == std::string::npos ? text.size() : close};
}

bool inside_name(const std::string& text, const std::vector<std::string>& names, const Run& r) {
    for (const std::string& name : names)
        for (size_t at = name.empty() ? std::string::npos : text.find(name); at != std::string::npos;
             at = text.find(name, at + 1))
            if (r.begin >= at && r.end <= at + name.size()) return true;
    return false;
}

// "aide médicale de l'État (AME)", "(dispositif national d'accueil, DNA)", "CADA (centre
// d'accueil pour demandeurs d'asile)": the long form's initials spell the acronym.
bool explained_here(const std::string& text, const std::vector<Run>& all, const Run& r) {
    size_t next = text.find_first_not_of(" \xC2\xA0", r.end);
    if (next != std::string::npos && text[next] == '(') {
        size_t close = text.find(')', next);
        if (spelled_at_start(words_between(all, next, close == std::string::npos ? text.size() : close),
                             r.text))
            return true;
    }
    auto [open, close] = enclosing_brackets(text, r.begin);
    if (open == std::string::npos) return false;
    if (spelled_at_end(words_between(all, open, r.begin), r.text)) return true;
    size_t from = text.find_last_of(".:;\n(", open == 0 ? 0 : open - 1);
    return spelled_at_end(words_between(all, from == std::string::npos ? 0 : from, open), r.text);
}

} // namespace

std::vector<PlainSentence> french_sentences(const std::string& text) {
    std::vector<PlainSentence> out;
    for (const std::string& line : split_lines(text)) {
        PlainSentence s;
        bool last_was_group = false;
        std::vector<std::string> all = tokens(line);
        for (size_t k = 0; k < all.size(); ++k) {
            const std::string& t = all[k];
            bool first = s.text.empty();
            s.text += (first ? "" : " ") + t;
            bool group = digit_group(t);
            if (holds_word(t) && !(group && last_was_group) && !(first && step_number(t))) ++s.words;
            last_was_group = group;
            if (ends_sentence(t, first, k + 1 < all.size() ? all[k + 1] : ""))
                out.push_back(std::move(s)), s = {}, last_was_group = false;
        }
        if (!s.text.empty()) out.push_back(std::move(s));
    }
    return out;
}

const char* plain_rule_name(PlainRule rule) {
    switch (rule) {
    case PlainRule::LongSentence:
        return "falc-long-sentence";
    case PlainRule::ChainedClauses:
        return "falc-chained-clauses";
    case PlainRule::UnexplainedAcronym:
        return "falc-unexplained-acronym";
    case PlainRule::NumberInWords:
        return "falc-number-in-words";
    case PlainRule::Passive:
        return "falc-passive";
    case PlainRule::Negation:
        return "falc-negation";
    }
    return "falc";
}

std::set<std::string> glossary_forms(const std::vector<std::string>& terms_and_forms) {
    std::set<std::string> out;
    for (const std::string& s : terms_and_forms)
        for (size_t start = 0; start <= s.size();) {
            size_t end = std::min(s.find(" | ", start), s.size());
            std::string form = s.substr(start, end - start);
            size_t a = form.find_first_not_of(' '), b = form.find_last_not_of(' ');
            if (a != std::string::npos) out.insert(form.substr(a, b - a + 1));
            start = end + 3;
        }
    return out;
}

std::vector<std::string> unexplained_acronyms(const std::string& text, const std::set<std::string>& glossary,
                                              const std::vector<std::string>& names) {
    std::vector<Run> all = runs(text);
    std::erase_if(all, [&](const Run& r) { return inside_name(text, names, r); });
    std::set<std::string> explained;
    for (const Run& r : all)
        if (acronym(r.text) && (glossary.count(r.text) || explained_here(text, all, r)))
            explained.insert(r.text);
    std::vector<std::string> out;
    for (const Run& r : all)
        if (acronym(r.text) && !explained.count(r.text) &&
            std::find(out.begin(), out.end(), r.text) == out.end())
            out.push_back(r.text);
    return out;
}

std::vector<PlainFinding> check_plain_french(const std::string& text, const std::set<std::string>& glossary,
                                             const std::vector<std::string>& names) {
    std::vector<PlainFinding> out;
    std::vector<std::string> acronyms = unexplained_acronyms(text, glossary, names);
    std::set<std::string> reported;
    std::vector<PlainSentence> sentences = french_sentences(text);
    for (size_t n = 0; n < sentences.size(); ++n) {
        const PlainSentence& s = sentences[n];
        auto add = [&](PlainRule rule, bool error, std::string detail) {
            out.push_back({rule, error, n + 1, std::move(detail)});
        };
        if (s.words > falc_warn_words)
            add(PlainRule::LongSentence, s.words > falc_max_words, std::to_string(s.words) + " words");
        if (std::string chain = chained_clauses(s.text); !chain.empty())
            add(PlainRule::ChainedClauses, false, chain);
        for (const Run& r : runs(s.text))
            if (std::find(acronyms.begin(), acronyms.end(), r.text) != acronyms.end() &&
                reported.insert(r.text).second)
                add(PlainRule::UnexplainedAcronym, true, r.text);
        std::vector<Word> words = grammar_words(s.text);
        for (const std::string& w : numbers_in_words(words)) add(PlainRule::NumberInWords, false, w);
        for (const std::string& p : passives(words)) add(PlainRule::Passive, false, p);
        for (const std::string& g : negations(words)) add(PlainRule::Negation, false, g);
    }
    return out;
}

bool numbers_its_steps(const std::string& text) {
    for (const std::string& line : split_lines(text)) {
        std::vector<std::string> t = tokens(line);
        if (!t.empty() && step_number(t.front())) return true;
    }
    return false;
}

} // namespace kiosk
