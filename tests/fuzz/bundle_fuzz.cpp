// A content bundle, the kiosk's one untrusted database. A small valid bundle (the unit tests'
// ContentFixture, built once) is mutated row by row through SQL, in every table including the
// shadow tables of the FTS5 index (service_search_*) and the R*Tree (location_rtree_*), then page
// by page in its bytes. What passes the checks an install makes (check_bundle_file: SQLite's
// soundness, schema, the signed claim, lint) is opened and walked as the kiosk does: every
// language's strings, every topic's flow, every result's services, lists with each filter,
// search, pictograms and voice clips. Once installed, a bundle that fails there fails on every
// visitor's tap, so anything escaping the walk is a finding.
//
// The input is a list of edits. A byte below 0x80 starts a row edit: table, row, column and a new
// value (or a deletion); from 0x80 a page edit: page, offset and up to 8 bytes written there.
#include "content_fixture.h"
#include "core/content/content_store.h"
#include "core/storage/sqlite_db.h"
#include "core/update/bundle_claim.h"
#include "core/update/bundle_install.h"
#include "temp_file.h"

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <string>
#include <vector>

using namespace kiosk;

namespace {

struct Table {
    std::string name, key; // key: "rowid", or the primary key's columns of a WITHOUT ROWID table
    std::vector<std::string> columns;
};

struct Valid {
    std::vector<uint8_t> bytes;
    std::vector<Table> tables;
    BundleClaim claim;
};

std::vector<uint8_t> read_bytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    std::vector<uint8_t> bytes(static_cast<size_t>(in.tellg()));
    in.seekg(0).read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    return bytes;
}

std::string sql_name(const std::string& name) {
    return "\"" + name + "\"";
}

std::vector<Table> tables_of(const std::string& path) {
    Db db(path, OpenMode::ReadWrite);
    std::vector<Table> out;
    Stmt list(db,
              "SELECT name, sql LIKE '%WITHOUT ROWID%' FROM sqlite_schema WHERE type = 'table' AND sql NOT "
              "LIKE 'CREATE VIRTUAL%' ORDER BY name");
    while (list.step()) {
        Table t{list.text(0), "rowid", {}};
        std::string pk;
        Stmt info(db,
                  ("SELECT name, pk FROM pragma_table_info(" + sql_name(t.name) + ") ORDER BY pk").c_str());
        while (info.step()) {
            t.columns.push_back(info.text(0));
            if (info.integer(1) > 0) pk += (pk.empty() ? "" : ", ") + sql_name(info.text(0));
        }
        if (list.integer(1)) t.key = "(" + pk + ")";
        out.push_back(std::move(t));
    }
    return out;
}

const Valid& valid() {
    static test::ContentFixture fixture;
    static const Valid v = [] {
        std::string path = fixture.build();
        ContentStore store(path);
        BundleClaim claim{store.meta().bundle_id, std::stoll(store.meta().version), "2026-12-03",
                          store.meta().schema_version};
        return Valid{read_bytes(path), tables_of(path), claim};
    }();
    return v;
}

class Input {
  public:
    Input(const uint8_t* data, size_t size) : p_(data), end_(data + size) {}
    bool empty() const { return p_ == end_; }
    uint8_t byte() { return p_ < end_ ? *p_++ : 0; }
    uint16_t u16() { return static_cast<uint16_t>(byte() | byte() << 8); }
    std::string text(size_t n) {
        std::string s;
        while (n-- && p_ < end_) s += static_cast<char>(*p_++);
        return s;
    }

  private:
    const uint8_t* p_;
    const uint8_t* end_;
};

void edit_row(Db& db, const Table& t, Input& in, uint8_t op) {
    int64_t row = in.byte();
    const std::string& column = t.columns[in.byte() % t.columns.size()];
    std::string where =
        " WHERE " + t.key + " = (SELECT " + t.key + " FROM " + sql_name(t.name) + " LIMIT 1 OFFSET ?2)";
    if (op % 8 == 0) {
        Stmt(db, ("DELETE FROM " + sql_name(t.name) + where).c_str()).bind(2, row).run();
        return;
    }
    Stmt s(db, ("UPDATE " + sql_name(t.name) + " SET " + sql_name(column) + " = ?1" + where).c_str());
    s.bind(2, row);
    switch (op % 8) {
    case 1:
        s.bind_null(1);
        break;
    case 2:
        s.bind(1, static_cast<int64_t>(static_cast<int8_t>(in.byte())));
        break;
    case 3:
        s.bind(1, static_cast<int64_t>(uint64_t{in.u16()} << 48 | uint64_t{in.u16()} << 16 | in.u16()));
        break;
    case 4: {
        std::string b = in.text(in.byte() % 64);
        s.bind_blob(1, std::vector<unsigned char>(b.begin(), b.end()));
        break;
    }
    default:
        s.bind(1, in.text(in.byte() % 64));
        break;
    }
    s.run();
}

// Row edits through SQLite, as a hand-made bundle would carry them; page edits collected for after.
std::vector<uint8_t> mutated(const uint8_t* data, size_t size) {
    const Valid& v = valid();
    std::string path = fuzz::write_temp("bundle.kbundle", v.bytes.data(), v.bytes.size());
    Input in(data, size);
    std::vector<std::tuple<uint16_t, uint16_t, std::string>> pages;
    {
        Db db(path, OpenMode::ReadWrite);
        db.exec(
            "PRAGMA journal_mode = OFF; PRAGMA ignore_check_constraints = ON; PRAGMA foreign_keys = OFF;");
        while (!in.empty()) {
            uint8_t op = in.byte();
            if (op >= 0x80) {
                uint16_t page = in.u16(), offset = in.u16();
                pages.emplace_back(page, offset, in.text(1 + op % 8));
                continue;
            }
            try {
                edit_row(db, v.tables[in.byte() % v.tables.size()], in, op);
            } catch (const DbError&) { // a UNIQUE or NOT NULL constraint: this edit is not made
            }
        }
    }
    std::vector<uint8_t> bytes = read_bytes(path);
    size_t page_size = v.bytes[16] << 8 | v.bytes[17];
    size_t page_count = bytes.size() / page_size;
    for (const auto& [page, offset, text] : pages)
        for (size_t i = 0; i < text.size(); ++i) {
            size_t at = (page % page_count) * page_size + (offset % page_size) + i;
            if (at < bytes.size()) bytes[at] = static_cast<uint8_t>(text[i]);
        }
    return bytes;
}

void walk_lists(const ContentStore& store, const std::string& category, LocalTime now) {
    ServiceFilter any, open{.open_now = true}, free{.free = true}, walk_in{.no_appointment = true};
    ServiceFilter arabic{.language = "ar"}, women{.audience = "women"};
    ServiceFilter unrecorded{.free = true, .language = "ar", .unrecorded = true};
    for (const ServiceFilter& f : {any, open, free, walk_in, arabic, women, unrecorded}) {
        (void)store.count(category, f, now);
        (void)store.nearest(category, f, now, 20);
    }
}

// What the kiosk reads from a bundle, screen by screen.
void walk(const ContentStore& store) {
    const LocalTime now{{2026, 12, 3}, 600};
    for (const Language& l : store.languages()) {
        (void)store.strings(l.code);
        (void)store.string_table(l.code);
        (void)store.plural_rule(l.code);
        for (const char* typed : {"o", "office", "near", "maison justice", "far off"})
            (void)store.search(typed, l.code, 20);
    }
    (void)store.coverage();
    for (const Hotline& h : store.hotlines()) (void)store.asset(h.pictogram);
    for (const Topic& topic : store.topics()) {
        (void)store.asset(topic.pictogram);
        const Flow* flow = store.flow(topic.flow_id);
        if (!flow) continue;
        for (const Node& node : flow->nodes) {
            for (const Choice& c : node.choices) (void)store.asset(c.pictogram);
            for (const Language& l : store.languages())
                (void)store.voice_clip(l.code, node_text_key(node.id));
            if (node.kind != NodeKind::Result) continue;
            (void)store.services_for(node, 3, "2026-12-03");
            for (const std::string& category : node.categories) walk_lists(store, category, now);
        }
    }
    for (const std::string& id : store.service_ids()) (void)store.service(id);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::vector<uint8_t> bytes = mutated(data, size);
    std::string path = fuzz::write_temp("bundle.kbundle", bytes.data(), bytes.size());
    if (!check_bundle_file(path, valid().claim).empty()) return 0; // the install refuses it
    ContentStore store(path);
    walk(store);
    return 0;
}
