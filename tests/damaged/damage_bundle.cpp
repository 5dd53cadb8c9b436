#include "damage_bundle.h"

#include "core/storage/sqlite_db.h"

namespace kiosk::test {

namespace {

// Points the schema row of `from` (an index or a table) at the same b-tree under another type, name
// and declaration. An index b-tree and a WITHOUT ROWID table's are the same shape, so the index's
// entries can be changed with UPDATE while it is declared as a table. The schema is read again
// by the next connection.
void redeclare(const std::string& bundle, const std::string& from, const std::string& type,
               const std::string& name, const std::string& table, const char* sql) {
    Db db(bundle, OpenMode::ReadWrite);
    db.exec("PRAGMA writable_schema = ON");
    Stmt s(db, "UPDATE sqlite_schema SET type = ?2, name = ?3, tbl_name = ?4, sql = ?5 WHERE name = ?1");
    s.bind(1, from).bind(2, type).bind(3, name).bind(4, table);
    if (sql)
        s.bind(5, std::string_view(sql));
    else
        s.bind_null(5);
    s.run();
}

} // namespace

void unindex_place(const std::string& bundle, const std::string& service) {
    std::string place;
    {
        Db db(bundle, OpenMode::ReadOnlyUntrusted);
        Stmt q(db, "SELECT location_id FROM service_at_location WHERE service_id = ?1");
        q.bind(1, service);
        if (!q.step()) throw DbError("service " + service + " has no place");
        place = q.text(0);
    }
    redeclare(bundle, "sqlite_autoindex_location_1", "table", "location_index", "location_index",
              "CREATE TABLE location_index(id, row, PRIMARY KEY (id, row)) WITHOUT ROWID");
    {
        Db db(bundle, OpenMode::ReadWrite);
        Stmt(db, "UPDATE location_index SET row = row + 1000000 WHERE id = ?1").bind(1, place).run();
    }
    redeclare(bundle, "location_index", "index", "sqlite_autoindex_location_1", "location", nullptr);
}

// Segment pages have ids from 2^37 up (segment 1 and on); below are the index's averages and
// structure records. A leaf's bytes 2-3 give where its page index starts: past the page's end,
// FTS5 refuses the page as corrupt.
void damage_search_index(const std::string& bundle) {
    Db db(bundle, OpenMode::ReadWrite);
    db.exec("UPDATE service_search_data SET block = substr(block, 1, 2) || x'FFFF' || substr(block, 5) "
            "WHERE id >= 137438953472");
}

// A node's bytes 2-3 are its cell count: 65535 cells do not fit in any node. The root is read when
// a query is prepared, so a bundle with a damaged root does not open at all (and is refused then).
void damage_place_index(const std::string& bundle) {
    Db db(bundle, OpenMode::ReadWrite);
    db.exec("UPDATE location_rtree_node SET data = substr(data, 1, 2) || x'FFFF' || substr(data, 5) "
            "WHERE nodeno <> 1");
}

// A node holds about 50 points: a few hundred make a tree of more than its root.
void add_places(const std::string& bundle, int n) {
    Db db(bundle, OpenMode::ReadWrite);
    Stmt(db, "WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < ?1) "
             "INSERT INTO location_rtree SELECT 1000000 + i, -89.9, -89.9, i * 0.001, i * 0.001 FROM k")
        .bind(1, int64_t{n})
        .run();
}

void make_category_large(const std::string& bundle, const std::string& category, int at_least) {
    Db db(bundle, OpenMode::ReadWrite);
    Stmt(db, "INSERT OR IGNORE INTO service_taxonomy SELECT id, ?1 FROM service").bind(1, category).run();
    // Entries for services that do not exist, which the lists skip, when there are too few services.
    Stmt(db, "WITH RECURSIVE n(i) AS (SELECT (SELECT count(*) FROM service_taxonomy WHERE taxonomy_term_id "
             "= ?1) UNION ALL SELECT i + 1 FROM n WHERE i < ?2) "
             "INSERT OR IGNORE INTO service_taxonomy SELECT 'filler-' || i, ?1 FROM n")
        .bind(1, category)
        .bind(2, int64_t{at_least})
        .run();
}

void rename_language(const std::string& bundle, const std::string& code, const std::string& renamed) {
    Db db(bundle, OpenMode::ReadWrite);
    for (const char* sql :
         {"UPDATE ui_language SET code = ?2 WHERE code = ?1", "UPDATE strings SET lang = ?2 WHERE lang = ?1",
          "UPDATE plural_rule SET lang = ?2 WHERE lang = ?1",
          "UPDATE plural_form SET lang = ?2 WHERE lang = ?1",
          "UPDATE voice_clip SET lang = ?2 WHERE lang = ?1",
          "UPDATE meta SET value = replace(value, ?1, ?2) WHERE key = 'languages'"})
        Stmt(db, sql).bind(1, code).bind(2, renamed).run();
}

} // namespace kiosk::test
