// What a visitor typed, as the search index's words: split and folded (case, accents) by the
// index's own FTS5 tokenizer, so that a typed word compares with indexed words byte for byte.
#pragma once
#include "core/storage/sqlite_db.h"

#include <string>
#include <vector>

namespace kiosk {

// unicode61 with remove_diacritics 2, as service_search is declared in db/schema.sql.
class SearchWords {
  public:
    explicit SearchWords(const Db& db); // throws DbError when this SQLite has no FTS5
    ~SearchWords();
    SearchWords(const SearchWords&) = delete;
    SearchWords& operator=(const SearchWords&) = delete;

    // Anything but letters and digits separates words, so no FTS5 syntax comes through.
    std::vector<std::string> operator()(const std::string& typed) const;

  private:
    fts5_tokenizer methods_{};
    Fts5Tokenizer* tokenizer_ = nullptr;
};

} // namespace kiosk
