#include "core/storage/sqlite_db.h"

#include <utility>

namespace kiosk {

namespace {

// A bundle comes from outside (a USB stick, an author's machine): open it as SQLite advises for
// untrusted files, so that a hostile file can run no code and use little memory.
void harden_for_untrusted(sqlite3* db) {
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_limit(db, SQLITE_LIMIT_LENGTH, 16 * 1024 * 1024);
    sqlite3_limit(db, SQLITE_LIMIT_SQL_LENGTH, 100000);
    sqlite3_limit(db, SQLITE_LIMIT_COLUMN, 100);
    sqlite3_limit(db, SQLITE_LIMIT_EXPR_DEPTH, 100);
    sqlite3_limit(db, SQLITE_LIMIT_COMPOUND_SELECT, 5);
    sqlite3_limit(db, SQLITE_LIMIT_VDBE_OP, 100000);
    sqlite3_limit(db, SQLITE_LIMIT_FUNCTION_ARG, 8);
    sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_limit(db, SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 50);
    sqlite3_limit(db, SQLITE_LIMIT_VARIABLE_NUMBER, 20);
    sqlite3_limit(db, SQLITE_LIMIT_TRIGGER_DEPTH, 1);
}

} // namespace

Db::Db(const std::string& path, OpenMode mode) {
    int flags = SQLITE_OPEN_NOMUTEX;
    if (mode == OpenMode::ReadOnlyUntrusted) flags |= SQLITE_OPEN_READONLY;
    if (mode == OpenMode::ReadWrite || mode == OpenMode::ReadWriteUntrusted) flags |= SQLITE_OPEN_READWRITE;
    if (mode == OpenMode::Create) flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    if (sqlite3_open_v2(path.c_str(), &db_, flags, nullptr) != SQLITE_OK) {
        std::string why = db_ ? sqlite3_errmsg(db_) : "out of memory";
        sqlite3_close(db_);
        db_ = nullptr;
        throw DbError("cannot open " + path + ": " + why, SQLITE_CANTOPEN);
    }
    sqlite3_extended_result_codes(db_, 1);
    if (mode == OpenMode::ReadOnlyUntrusted || mode == OpenMode::ReadWriteUntrusted)
        harden_for_untrusted(db_);
}

Db::~Db() {
    sqlite3_close(db_);
}

Db::Db(Db&& other) noexcept : db_(std::exchange(other.db_, nullptr)) {}

Db& Db::operator=(Db&& other) noexcept {
    if (this != &other) {
        sqlite3_close(db_);
        db_ = std::exchange(other.db_, nullptr);
    }
    return *this;
}

void Db::exec(const char* sql) {
    char* err = nullptr;
    if (int rc = sqlite3_exec(db_, sql, nullptr, nullptr, &err); rc != SQLITE_OK) {
        std::string why = err ? err : sqlite3_errmsg(db_);
        sqlite3_free(err);
        throw DbError(why, rc);
    }
}

Stmt::Stmt(const Db& db, const char* sql) : db_(db.handle()) {
    if (int rc = sqlite3_prepare_v3(db_, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt_, nullptr);
        rc != SQLITE_OK)
        throw DbError(std::string(sqlite3_errmsg(db_)) + " in: " + sql, rc);
}

Stmt::~Stmt() {
    sqlite3_finalize(stmt_);
}

// SQLite leaves a parameter it refuses (no such index, over the length limit) NULL: the statement
// would then run with NULL where the caller meant a value.
Stmt& Stmt::check_bind(int rc, int index) {
    if (rc != SQLITE_OK)
        throw DbError(std::string(sqlite3_errstr(rc)) + " for parameter " + std::to_string(index) +
                          " in: " + sqlite3_sql(stmt_),
                      rc);
    return *this;
}

// A reused statement that an exception left between its rows (a service that failed to read in
// the middle of a search) would refuse every bind with SQLITE_MISUSE, and so fail every later
// use, for every visitor. Its next use starts it afresh instead. The reset's own code repeats the
// last step's error, which was thrown then.
sqlite3_stmt* Stmt::for_bind() {
    if (sqlite3_stmt_busy(stmt_)) sqlite3_reset(stmt_);
    return stmt_;
}

// The 64-bit forms: a length past INT_MAX must be refused as too big, not wrap to a negative int,
// which SQLite reads as "up to the first NUL".
Stmt& Stmt::bind(int index, std::string_view text) {
    return check_bind(
        sqlite3_bind_text64(for_bind(), index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8),
        index);
}

Stmt& Stmt::bind(int index, int64_t value) {
    return check_bind(sqlite3_bind_int64(for_bind(), index, value), index);
}

Stmt& Stmt::bind(int index, double value) {
    return check_bind(sqlite3_bind_double(for_bind(), index, value), index);
}

Stmt& Stmt::bind_null(int index) {
    return check_bind(sqlite3_bind_null(for_bind(), index), index);
}

Stmt& Stmt::bind_blob(int index, const std::vector<unsigned char>& data) {
    return check_bind(sqlite3_bind_blob64(for_bind(), index, data.data(), data.size(), SQLITE_TRANSIENT),
                      index);
}

Stmt& Stmt::bind_pointer(int index, void* pointer, const char* type) {
    if (int rc = sqlite3_bind_pointer(for_bind(), index, pointer, type, nullptr); rc != SQLITE_OK)
        throw DbError(sqlite3_errmsg(db_), rc);
    return *this;
}

bool Stmt::step() {
    int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    std::string why = sqlite3_errmsg(db_);
    sqlite3_reset(stmt_);
    throw DbError(why, rc);
}

void Stmt::run() {
    while (step()) {
    }
    reset();
}

void Stmt::reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

std::string Stmt::text(int col) const {
    const unsigned char* p = sqlite3_column_text(stmt_, col);
    return p ? std::string(reinterpret_cast<const char*>(p), sqlite3_column_bytes(stmt_, col))
             : std::string();
}

int64_t Stmt::integer(int col) const {
    return sqlite3_column_int64(stmt_, col);
}
double Stmt::real(int col) const {
    return sqlite3_column_double(stmt_, col);
}
bool Stmt::is_null(int col) const {
    return sqlite3_column_type(stmt_, col) == SQLITE_NULL;
}

std::vector<unsigned char> Stmt::blob(int col) const {
    auto* p = static_cast<const unsigned char*>(sqlite3_column_blob(stmt_, col));
    return p ? std::vector<unsigned char>(p, p + sqlite3_column_bytes(stmt_, col))
             : std::vector<unsigned char>();
}

} // namespace kiosk
