#include "core/content/search_words.h"

#include <limits>

namespace kiosk {

namespace {

// SQLite hands out the FTS5 extension's entry points through a pointer-typed parameter.
fts5_api& fts5_of(const Db& db) {
    fts5_api* api = nullptr;
    Stmt q(db, "SELECT fts5(?1)");
    q.bind_pointer(1, static_cast<void*>(&api), "fts5_api_ptr");
    q.step();
    if (!api) throw DbError("this SQLite has no FTS5");
    return *api;
}

void check(int rc, const char* what) {
    if (rc != SQLITE_OK)
        throw DbError(std::string("FTS5 tokenizer: cannot ") + what + ": " + sqlite3_errstr(rc));
}

int add_word(void* words, int, const char* word, int size, int, int) {
    try {
        static_cast<std::vector<std::string>*>(words)->emplace_back(word, size);
        return SQLITE_OK;
    } catch (...) { // nothing may unwind through SQLite's C frames
        return SQLITE_NOMEM;
    }
}

} // namespace

SearchWords::SearchWords(const Db& db) {
    fts5_api& api = fts5_of(db);
    void* context = nullptr;
    check(api.xFindTokenizer(&api, "unicode61", &context, &methods_), "find unicode61");
    const char* args[] = {"remove_diacritics", "2"};
    check(methods_.xCreate(context, args, 2, &tokenizer_), "create unicode61");
}

SearchWords::~SearchWords() {
    methods_.xDelete(tokenizer_);
}

std::vector<std::string> SearchWords::operator()(const std::string& typed) const {
    std::vector<std::string> words;
    if (typed.size() > static_cast<size_t>(std::numeric_limits<int>::max())) return words;
    check(methods_.xTokenize(tokenizer_, &words, FTS5_TOKENIZE_QUERY, typed.data(),
                             static_cast<int>(typed.size()), add_word),
          "split what was typed");
    return words;
}

} // namespace kiosk
