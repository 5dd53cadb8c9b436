#include "content_fixture.h"
#include "core/storage/figures_export.h"
#include "core/storage/state_store.h"

#include <catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

using namespace kiosk;
namespace fs = std::filesystem;

namespace {

std::string read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

std::vector<std::string> lines(const std::string& csv) {
    std::vector<std::string> out;
    for (size_t at = 0, end; (end = csv.find("\r\n", at)) != std::string::npos; at = end + 2)
        out.push_back(csv.substr(at, end - at));
    return out;
}

} // namespace

TEST_CASE("figures CSV: a header, one row per counter, RFC 4180 quoting", "[figures]") {
    CHECK(figures_csv({}) == "day,what,value,count\r\n");
    std::string csv = figures_csv({{"2026-11-23", "language", "ar", 12},
                                   {"2026-11-23", "topic", "a,b", 1},
                                   {"2026-11-24", "service", "say \"hi\"", 2},
                                   {"2026-11-24", "qr", "two\nlines", 3}});
    CHECK(csv == "day,what,value,count\r\n"
                 "2026-11-23,language,ar,12\r\n"
                 "2026-11-23,topic,\"a,b\",1\r\n"
                 "2026-11-24,service,\"say \"\"hi\"\"\",2\r\n"
                 "2026-11-24,qr,\"two\nlines\",3\r\n");
}

TEST_CASE("figures CSV refuses anything finer than a day", "[figures]") {
    for (const char* day : {"2026-11-23T10:00", "2026-11-23 10:00:00", "23/11/2026", "2026-1-23", ""})
        CHECK_THROWS_WITH(figures_csv({{day, "language", "ar", 1}}),
                          "a daily counter has a day that is not a date");
}

TEST_CASE("figures export: a whole file whose days are days", "[figures]") {
    fs::path dir = test::temp_dir("figures");
    StateStore store((dir / "state.db").string());
    fs::path stick = dir / "stick";
    fs::create_directories(stick);
    CHECK(export_figures(store, stick.string()) == "kiosk-figures-none.csv");
    CHECK(read(stick / "kiosk-figures-none.csv") == "day,what,value,count\r\n");

    for (const char* what : {"language", "topic", "result", "service", "qr", "hotline"})
        store.count("2026-11-23", what, "x");
    store.count("2026-11-24", "language", "ar");
    store.count("2026-11-24", "language", "ar");
    store.count("2026-12-01", "hotline", "115");
    std::string name = export_figures(store, stick.string());
    CHECK(name == "kiosk-figures-2026-11-23-to-2026-12-01.csv");
    std::string csv = read(stick / name);

    std::vector<std::string> rows = lines(csv);
    REQUIRE(rows.size() == 9);
    CHECK(rows[0] == "day,what,value,count");
    CHECK(rows[7] == "2026-11-24,language,ar,2");
    const std::regex day(R"(^\d{4}-\d{2}-\d{2}$)");
    for (size_t i = 1; i < rows.size(); ++i) {
        std::string first = rows[i].substr(0, rows[i].find(','));
        CHECK(std::regex_match(first, day));
        // Nothing else in the row looks like a date or a time.
        std::string rest = rows[i].substr(first.size());
        CHECK_FALSE(std::regex_search(rest, std::regex(R"(\d{4}-\d{2}|\d{1,2}:\d{2})")));
    }
    CHECK_FALSE(std::regex_search(csv, std::regex(R"(\d{1,2}:\d{2}|T\d{2})"))); // no time of day anywhere
    for (const auto& e : fs::directory_iterator(stick))                         // no temporary file left
        CHECK(e.path().extension() == ".csv");
}

TEST_CASE("figures export says plainly why it cannot write", "[figures]") {
    fs::path dir = test::temp_dir("figures-ro");
    StateStore store((dir / "state.db").string());
    store.count("2026-11-23", "language", "fr");
    CHECK_THROWS_WITH(export_figures(store, (dir / "no-stick").string()),
                      "the stick could not be written; it may have been removed");
    if (geteuid() != 0) { // root writes anywhere
        fs::path ro = dir / "read-only";
        fs::create_directories(ro);
        fs::permissions(ro, fs::perms::owner_read | fs::perms::owner_exec);
        CHECK_THROWS_WITH(export_figures(store, ro.string()), "the kiosk may not write on the stick");
        fs::permissions(ro, fs::perms::owner_all);
    }
}

// A stick is anyone's: links or a FIFO under the names the export writes must not send the
// figures elsewhere on the kiosk, overwrite a file there, or block the staff panel.
TEST_CASE("figures export writes only a new regular file on the stick itself", "[figures]") {
    fs::path dir = test::temp_dir("figures-links");
    StateStore store((dir / "state.db").string());
    fs::path stick = dir / "stick", outside = dir / "kiosk-file";
    fs::create_directories(stick);
    std::ofstream(outside) << "keep";
    fs::create_symlink(outside, stick / "kiosk-figures-none.csv.part");
    fs::create_symlink(outside, stick / "kiosk-figures-none.csv");
    CHECK(export_figures(store, stick.string()) == "kiosk-figures-none.csv");
    CHECK(read(outside) == "keep");
    CHECK(fs::is_regular_file(fs::symlink_status(stick / "kiosk-figures-none.csv")));
    CHECK(read(stick / "kiosk-figures-none.csv") == "day,what,value,count\r\n");
    CHECK_FALSE(fs::exists(fs::symlink_status(stick / "kiosk-figures-none.csv.part")));

    REQUIRE(mkfifo((stick / "kiosk-figures-none.csv.part").c_str(), 0644) == 0); // opening it would block
    CHECK(export_figures(store, stick.string()) == "kiosk-figures-none.csv");
    CHECK(fs::is_regular_file(fs::symlink_status(stick / "kiosk-figures-none.csv")));

    fs::path data = dir / "data", linked = dir / "linked-stick";
    fs::create_directories(data);
    fs::create_symlink(data, linked); // the stick's folder is itself a link into the kiosk
    CHECK_THROWS_WITH(export_figures(store, linked.string()),
                      "the stick could not be written; it may have been removed");
    CHECK(fs::is_empty(data));
}
