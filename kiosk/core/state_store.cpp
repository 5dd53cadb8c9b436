#include "state_store.h"

namespace kiosk {

namespace {

constexpr int state_schema_version = 1;

void migrate(Db& db) {
    Stmt v(db, "PRAGMA user_version");
    v.step();
    int64_t version = v.integer(0);
    if (version >= state_schema_version) return;
    in_transaction(db, [&] {
        db.exec("CREATE TABLE IF NOT EXISTS daily_counter ("
                "  day TEXT NOT NULL, what TEXT NOT NULL, value TEXT NOT NULL, count INTEGER NOT NULL,"
                "  PRIMARY KEY (day, what, value)) WITHOUT ROWID;"
                "PRAGMA user_version = 1;");
    });
}

} // namespace

struct StateStore::Queries {
    Stmt bump, all;
    explicit Queries(const Db& db)
        : bump(db, "INSERT INTO daily_counter (day, what, value, count) VALUES (?1, ?2, ?3, 1) "
                   "ON CONFLICT (day, what, value) DO UPDATE SET count = count + 1"),
          all(db, "SELECT day, what, value, count FROM daily_counter ORDER BY day, what, value") {}
};

StateStore::StateStore(const std::string& path) : db_(path, OpenMode::Create) {
    db_.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
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

} // namespace kiosk
