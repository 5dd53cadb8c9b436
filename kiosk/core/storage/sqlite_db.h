// RAII handles over SQLite: one Db per file, one Stmt per prepared statement.
// Errors throw DbError with SQLite's message, so callers can report one plain sentence.
#pragma once
#include <cstdint>
#include <sqlite3.h>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk {

struct DbError : std::runtime_error {
    explicit DbError(const std::string& what, int sqlite_code = SQLITE_ERROR)
        : std::runtime_error(what), code(sqlite_code) {}
    // SQLite's extended result code: what went wrong without the message's details (an FTS5
    // message may quote the query, and so what a visitor typed).
    int code;
};

// ReadWriteUntrusted: a copy of a bundle being checked, as hardened as ReadOnlyUntrusted; FTS5's
// integrity-check is an INSERT, which a read-only connection refuses (it writes nothing).
enum class OpenMode { ReadOnlyUntrusted, ReadWriteUntrusted, ReadWrite, Create };

class Db {
  public:
    Db() = default;
    Db(const std::string& path, OpenMode mode);
    ~Db();
    Db(Db&& other) noexcept;
    Db& operator=(Db&& other) noexcept;
    Db(const Db&) = delete;
    Db& operator=(const Db&) = delete;

    void exec(const char* sql);
    sqlite3* handle() const { return db_; }
    explicit operator bool() const { return db_ != nullptr; }

  private:
    sqlite3* db_ = nullptr;
};

class Stmt {
  public:
    Stmt(const Db& db, const char* sql);
    ~Stmt();
    Stmt(const Stmt&) = delete;
    Stmt& operator=(const Stmt&) = delete;

    // Each throws DbError when SQLite refuses the value (no such parameter, too big).
    Stmt& bind(int index, std::string_view text);
    Stmt& bind(int index, int64_t value);
    Stmt& bind(int index, double value);
    Stmt& bind_null(int index);
    Stmt& bind_blob(int index, const std::vector<unsigned char>& data);
    // SQLite's pointer passing (an extension's handle), typed by a static string; throws on error.
    Stmt& bind_pointer(int index, void* pointer, const char* type);
    bool step(); // true while a row is ready
    void run();  // step to completion, then reset for reuse
    void reset();

    std::string text(int col) const;
    int64_t integer(int col) const;
    double real(int col) const;
    bool is_null(int col) const;
    std::vector<unsigned char> blob(int col) const;

  private:
    sqlite3* db_;
    sqlite3_stmt* stmt_ = nullptr;

    sqlite3_stmt* for_bind();            // the statement, reset if a use left it mid-step
    Stmt& check_bind(int rc, int index); // throws DbError unless rc is SQLITE_OK
};

// Runs fn inside BEGIN ... COMMIT, rolling back if it throws. A COMMIT that fails (a full disk:
// WAL frames are written then) may leave the transaction open, and every later statement would
// then join it and never be saved: it is rolled back too.
template <typename Fn> void in_transaction(Db& db, Fn&& fn) {
    db.exec("BEGIN");
    try {
        fn();
        db.exec("COMMIT");
    } catch (...) {
        if (!sqlite3_get_autocommit(db.handle())) db.exec("ROLLBACK");
        throw;
    }
}

} // namespace kiosk
