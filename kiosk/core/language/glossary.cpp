#include "core/language/glossary.h"

#include <algorithm>

namespace kiosk {

namespace {

// Latin letters (Basic Latin, Latin-1, Latin Extended A and B, without × and ÷) and digits: what
// a Latin form must not touch on either side to be a word of its own.
bool latin_word_char(char32_t c) {
    return (c >= U'0' && c <= U'9') || (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z') ||
           (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}

// Written in Latin script: every letter of it is Latin (spaces, apostrophes and hyphens between).
bool latin_form(const std::u32string& form) {
    return std::all_of(form.begin(), form.end(), [](char32_t c) { return c < 0x250; });
}

bool whole_word(const std::u32string& text, size_t begin, size_t end) {
    return (begin == 0 || !latin_word_char(text[begin - 1])) &&
           (end == text.size() || !latin_word_char(text[end]));
}

std::vector<std::string> split_forms(const std::string& joined) {
    std::vector<std::string> out;
    for (size_t start = 0; start <= joined.size();) {
        size_t bar = joined.find('|', start);
        std::string form = joined.substr(start, bar == std::string::npos ? std::string::npos : bar - start);
        form.erase(0, form.find_first_not_of(' '));
        form.erase(form.find_last_not_of(' ') + 1);
        if (!form.empty()) out.push_back(form);
        if (bar == std::string::npos) break;
        start = bar + 1;
    }
    return out;
}

} // namespace

std::string glossary_term_key(const std::string& id) {
    return "glossary." + id + ".term";
}
std::string glossary_forms_key(const std::string& id) {
    return "glossary." + id + ".forms";
}
std::string glossary_text_key(const std::string& id) {
    return "glossary." + id + ".text";
}

std::vector<GlossaryEntry> glossary_entries(const std::vector<GlossaryWord>& words, const StringTable& lang) {
    std::vector<GlossaryEntry> out;
    for (const GlossaryWord& w : words) {
        std::vector<std::string> forms = w.latin_forms;
        // A stale term is not what the screen shows: its French is, through the fallback.
        if (auto term = lang.find(glossary_term_key(w.id)); term != lang.end() && !term->second.stale)
            forms.push_back(term->second.text);
        if (auto more = lang.find(glossary_forms_key(w.id)); more != lang.end() && !more->second.stale)
            for (std::string& f : split_forms(more->second.text)) forms.push_back(std::move(f));
        GlossaryEntry e{w.id, {}};
        for (const std::string& f : forms) {
            std::u32string cps = utf8_codepoints(f);
            if (!cps.empty() && std::find(e.forms.begin(), e.forms.end(), cps) == e.forms.end())
                e.forms.push_back(std::move(cps));
        }
        out.push_back(std::move(e));
    }
    return out;
}

std::vector<GlossaryMatch> find_glossary_words(const std::u32string& text,
                                               const std::vector<GlossaryEntry>& entries) {
    std::vector<GlossaryMatch> found;
    for (const GlossaryEntry& e : entries)
        for (const std::u32string& form : e.forms) {
            bool latin = latin_form(form);
            for (size_t at = text.find(form); at != std::u32string::npos; at = text.find(form, at + 1))
                if (!latin || whole_word(text, at, at + form.size()))
                    found.push_back({e.id, at, at + form.size()});
        }
    // Longest first, then earliest; a match that overlaps one already taken is dropped.
    std::stable_sort(found.begin(), found.end(), [](const GlossaryMatch& a, const GlossaryMatch& b) {
        return a.end - a.begin != b.end - b.begin ? a.end - a.begin > b.end - b.begin : a.begin < b.begin;
    });
    std::vector<GlossaryMatch> taken;
    for (const GlossaryMatch& m : found)
        if (std::none_of(taken.begin(), taken.end(),
                         [&](const GlossaryMatch& t) { return m.begin < t.end && t.begin < m.end; }))
            taken.push_back(m);
    std::sort(taken.begin(), taken.end(),
              [](const GlossaryMatch& a, const GlossaryMatch& b) { return a.begin < b.begin; });
    return taken;
}

const std::vector<GlossaryMatch>& Glossary::words_in(const std::string& utf8) {
    auto it = found_.find(utf8);
    if (it == found_.end())
        it = found_.emplace(utf8, find_glossary_words(utf8_codepoints(utf8), entries_)).first;
    return it->second;
}

} // namespace kiosk
