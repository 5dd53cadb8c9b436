#include "core/storage/sqlite_db.h"

#include <catch.hpp>

using namespace kiosk;
using Catch::Matchers::Contains;

// A bind that SQLite refuses leaves the parameter NULL: run on, the statement would store or
// match NULL where the caller meant a value. It must stop the caller instead.
TEST_CASE("a value for a parameter the statement does not have is an error, not a NULL", "[sqlite]") {
    Db db(":memory:", OpenMode::Create);
    Stmt s(db, "SELECT ?1");
    CHECK_THROWS_WITH(s.bind(2, std::string_view("x")), Contains("column index out of range") &&
                                                            Contains("parameter 2") && Contains("SELECT ?1"));
    CHECK_THROWS_AS(s.bind(0, int64_t{1}), DbError);
    CHECK_THROWS_AS(s.bind(2, 1.5), DbError);
    CHECK_THROWS_AS(s.bind_null(2), DbError);
    CHECK_THROWS_AS(s.bind_blob(2, {1, 2}), DbError);
    REQUIRE(s.bind(1, int64_t{7}).step());
    CHECK(s.integer(0) == 7);
}

TEST_CASE("a text or blob over SQLite's length limit is an error, not a NULL", "[sqlite]") {
    Db db(":memory:", OpenMode::Create);
    db.exec("CREATE TABLE t (v)");
    sqlite3_limit(db.handle(), SQLITE_LIMIT_LENGTH, 100);
    Stmt ins(db, "INSERT INTO t (v) VALUES (?1)");
    CHECK_THROWS_WITH(ins.bind(1, std::string(200, 'a')), Contains("too big"));
    CHECK_THROWS_AS(ins.bind_blob(1, std::vector<unsigned char>(200)), DbError);
    ins.bind(1, std::string(50, 'a')).run(); // a row under the limit too
    Stmt rows(db, "SELECT count(*), count(v) FROM t");
    REQUIRE(rows.step());
    CHECK(rows.integer(0) == 1);
    CHECK(rows.integer(1) == 1);
}
