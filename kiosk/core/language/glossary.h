// The glossary: acronyms and legal words (OFII, préfecture, titre de séjour, B1 ...) that a
// visitor may not know, each with a one-line explanation in every language. This finds them in
// a text so a screen can mark them and open the explanation on a tap. Nothing here draws.
#pragma once
#include "core/language/i18n.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace kiosk {

// One glossary word as the bundle holds it: its Latin-script forms ("OFII", "A1") are matched in
// every language, as acronyms are written so inside Arabic, Chinese or Tigrinya text too.
struct GlossaryWord {
    std::string id;
    std::vector<std::string> latin_forms;
    std::string source_id;
};

// The keys of a word's strings: how a language writes it, its other forms (" | " between
// them), and its explanation.
std::string glossary_term_key(const std::string& id);
std::string glossary_forms_key(const std::string& id);
std::string glossary_text_key(const std::string& id);

// Everything one language's texts may write for a word.
struct GlossaryEntry {
    std::string id;
    std::vector<std::u32string> forms;
};

// A word found in a text: codepoints [begin, end) of the text as given (isolates included).
struct GlossaryMatch {
    std::string id;
    size_t begin = 0, end = 0;
    bool operator==(const GlossaryMatch&) const = default;
};

// The entries for one language: its own term and forms (no fallback to French: a French word is
// not written in an Arabic text) and every word's Latin forms.
std::vector<GlossaryEntry> glossary_entries(const std::vector<GlossaryWord>& words, const StringTable& lang);

// The words of a text, in text order, none overlapping: where two forms overlap the longer wins
// ("titre de séjour" over "titre"). A form written in Latin letters matches only as a whole word
// against Latin letters and digits ("CAF" is not in "CAFÉ", "PASS" is not in "PASSEPORT"); any
// other form matches inside a word, as Arabic joins prefixes to it (للمحافظة).
std::vector<GlossaryMatch> find_glossary_words(const std::u32string& text,
                                               const std::vector<GlossaryEntry>& entries);

// The words of each text a screen draws, found once per text and language and kept.
class Glossary {
  public:
    Glossary() = default;
    explicit Glossary(std::vector<GlossaryEntry> entries) : entries_(std::move(entries)) {}
    const std::vector<GlossaryMatch>& words_in(const std::string& utf8);
    bool empty() const { return entries_.empty(); }

  private:
    std::vector<GlossaryEntry> entries_;
    std::unordered_map<std::string, std::vector<GlossaryMatch>> found_;
};

} // namespace kiosk
