#include "tools/csv_file.h"

#include <csv.h>
#include <fstream>
#include <iterator>

namespace kiosk {

int CsvTable::column(const std::string& name) const {
    for (size_t i = 0; i < header.size(); ++i)
        if (header[i] == name) return int(i);
    return -1;
}

std::string CsvTable::get(size_t row, const std::string& name) const {
    int c = column(name);
    return c < 0 ? std::string() : rows[row][size_t(c)];
}

namespace {

// libcsv calls back once per field and once per record end.
struct Reader {
    std::vector<std::vector<std::string>> records;
    std::vector<std::string> current;

    static void on_field(void* data, size_t len, void* self) {
        static_cast<Reader*>(self)->current.emplace_back(static_cast<const char*>(data), len);
    }
    static void on_record(int, void* self) {
        auto* r = static_cast<Reader*>(self);
        r->records.push_back(std::move(r->current));
        r->current.clear();
    }
};

std::string where(const std::string& file, size_t record) {
    std::string out = file;
    out += " row ";
    out += std::to_string(record + 1);
    out += ": ";
    return out;
}

} // namespace

CsvTable read_csv(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw CsvError(path + ": cannot be read");
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (bytes.rfind("\xEF\xBB\xBF", 0) == 0) bytes.erase(0, 3); // a UTF-8 byte order mark
    csv_parser p;
    if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI) != 0) throw CsvError(path + ": out of memory");
    Reader r;
    bool ok =
        csv_parse(&p, bytes.data(), bytes.size(), Reader::on_field, Reader::on_record, &r) == bytes.size() &&
        csv_fini(&p, Reader::on_field, Reader::on_record, &r) == 0;
    std::string error = csv_strerror(csv_error(&p));
    csv_free(&p);
    if (!ok) throw CsvError(where(path, r.records.size()) + "not valid CSV (" + error + ")");
    if (r.records.empty()) throw CsvError(path + ": empty, expected a header row");
    CsvTable t{path, std::move(r.records.front()), {}};
    for (size_t i = 1; i < r.records.size(); ++i) {
        if (r.records[i].size() != t.header.size())
            throw CsvError(where(path, i) + "has " + std::to_string(r.records[i].size()) +
                           " fields, the header has " + std::to_string(t.header.size()));
        t.rows.push_back(std::move(r.records[i]));
    }
    return t;
}

CsvWriter::CsvWriter(const std::string& path) : path_(path), f_(std::fopen(path.c_str(), "wb")) {
    if (!f_) throw CsvError(path + ": cannot be created");
}

CsvWriter::~CsvWriter() {
    if (f_) std::fclose(f_);
}

void CsvWriter::row(const std::vector<std::string>& fields) {
    for (size_t i = 0; i < fields.size(); ++i) {
        if (i > 0 && std::fputc(',', f_) == EOF) failed_ = true;
        if (csv_fwrite(f_, fields[i].data(), fields[i].size()) != 0) failed_ = true;
    }
    if (std::fputs("\r\n", f_) == EOF) failed_ = true; // RFC 4180 line ends
}

void CsvWriter::close() {
    bool ok = std::fclose(f_) == 0 && !failed_;
    f_ = nullptr;
    if (!ok) throw CsvError(path_ + ": could not be written completely");
}

} // namespace kiosk
