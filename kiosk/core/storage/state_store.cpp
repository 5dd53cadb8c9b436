#include "core/storage/state_store.h"

namespace kiosk {

namespace {

constexpr int state_schema_version = 2;

// One step per version, so a kiosk updated from any older version catches up in order.
void migrate(Db& db) {
    Stmt v(db, "PRAGMA user_version");
    v.step();
    int64_t version = v.integer(0);
    if (version >= state_schema_version) return;
    in_transaction(db, [&] {
        if (version < 1)
            db.exec("CREATE TABLE IF NOT EXISTS daily_counter ("
                    "  day TEXT NOT NULL, what TEXT NOT NULL, value TEXT NOT NULL, count INTEGER NOT NULL,"
                    "  PRIMARY KEY (day, what, value)) WITHOUT ROWID;");
        if (version < 2)
            db.exec("CREATE TABLE install (id INTEGER PRIMARY KEY, at TEXT NOT NULL, bundle_id TEXT NOT NULL,"
                    "  version INTEGER NOT NULL, bundle_date TEXT NOT NULL, file TEXT NOT NULL, how TEXT NOT "
                    "NULL);"
                    "CREATE TABLE update_log (id INTEGER PRIMARY KEY, at TEXT NOT NULL, what TEXT NOT NULL,"
                    "  detail TEXT NOT NULL);"
                    "CREATE TABLE audit (id INTEGER PRIMARY KEY, at TEXT NOT NULL, action TEXT NOT NULL,"
                    "  detail TEXT NOT NULL);"
                    "CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL);");
        db.exec("PRAGMA user_version = 2;");
    });
}

std::vector<LogEntry> entries(Stmt& q, size_t limit) {
    std::vector<LogEntry> out;
    q.bind(1, static_cast<int64_t>(limit));
    while (q.step()) out.push_back({q.text(0), q.text(1), q.text(2)});
    q.reset();
    return out;
}

} // namespace

struct StateStore::Queries {
    Stmt bump, all, add_install, installs, highest, add_update, updates, add_audit, audits, get, set;
    explicit Queries(const Db& db)
        : bump(db, "INSERT INTO daily_counter (day, what, value, count) VALUES (?1, ?2, ?3, 1) "
                   "ON CONFLICT (day, what, value) DO UPDATE SET count = count + 1"),
          all(db, "SELECT day, what, value, count FROM daily_counter ORDER BY day, what, value"),
          add_install(db, "INSERT INTO install (at, bundle_id, version, bundle_date, file, how) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"),
          installs(db, "SELECT at, bundle_id, version, bundle_date, file, how FROM install ORDER BY id DESC"),
          highest(db, "SELECT coalesce(max(version), 0) FROM install"),
          add_update(db, "INSERT INTO update_log (at, what, detail) VALUES (?1, ?2, ?3)"),
          updates(db, "SELECT at, what, detail FROM update_log ORDER BY id DESC LIMIT ?1"),
          add_audit(db, "INSERT INTO audit (at, action, detail) VALUES (?1, ?2, ?3)"),
          audits(db, "SELECT at, action, detail FROM audit ORDER BY id DESC LIMIT ?1"),
          get(db, "SELECT value FROM setting WHERE key = ?1"),
          set(db, "INSERT INTO setting (key, value) VALUES (?1, ?2) "
                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value") {}
};

StateStore::StateStore(const std::string& path) : db_(path, OpenMode::Create) {
    db_.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;"); // lock-outs must survive a power cut
    migrate(db_);
    q_ = std::make_unique<Queries>(db_);
}

StateStore::~StateStore() = default;

void StateStore::count(const std::string& day, const std::string& what, const std::string& value) {
    q_->bump.bind(1, day).bind(2, what).bind(3, value).run();
}

std::vector<DailyCount> StateStore::counts() const {
    std::vector<DailyCount> out;
    while (q_->all.step())
        out.push_back({q_->all.text(0), q_->all.text(1), q_->all.text(2), q_->all.integer(3)});
    q_->all.reset();
    return out;
}

void StateStore::record_install(const InstallRecord& r) {
    q_->add_install.bind(1, r.at)
        .bind(2, r.bundle_id)
        .bind(3, r.version)
        .bind(4, r.bundle_date)
        .bind(5, r.file)
        .bind(6, r.how)
        .run();
}

std::vector<InstallRecord> StateStore::installs() const {
    std::vector<InstallRecord> out;
    Stmt& q = q_->installs;
    while (q.step()) out.push_back({q.text(0), q.text(1), q.integer(2), q.text(3), q.text(4), q.text(5)});
    q.reset();
    return out;
}

int64_t StateStore::highest_version() const {
    q_->highest.step();
    int64_t v = q_->highest.integer(0);
    q_->highest.reset();
    return v;
}

void StateStore::log_update(const std::string& at, const std::string& what, const std::string& detail) {
    q_->add_update.bind(1, at).bind(2, what).bind(3, detail).run();
}

std::vector<LogEntry> StateStore::update_log(size_t limit) const {
    return entries(q_->updates, limit);
}

void StateStore::audit(const std::string& at, const std::string& action, const std::string& detail) {
    q_->add_audit.bind(1, at).bind(2, action).bind(3, detail).run();
}

std::vector<LogEntry> StateStore::audit_log(size_t limit) const {
    return entries(q_->audits, limit);
}

std::optional<std::string> StateStore::setting(const std::string& key) const {
    q_->get.bind(1, key);
    std::optional<std::string> v;
    if (q_->get.step()) v = q_->get.text(0);
    q_->get.reset();
    return v;
}

void StateStore::set_setting(const std::string& key, const std::string& value) {
    q_->set.bind(1, key).bind(2, value).run();
}

void StateStore::set_settings(const std::vector<std::pair<std::string, std::string>>& key_values) {
    in_transaction(db_, [&] {
        for (const auto& [key, value] : key_values) set_setting(key, value);
    });
}

} // namespace kiosk
