// CSV files (RFC 4180) through libcsv: a whole file read into rows, or written row by row.
#pragma once
#include <cstdio>
#include <stdexcept>
#include <string>
#include <vector>

namespace kiosk {

struct CsvError : std::runtime_error {
    using std::runtime_error::runtime_error; // "file row N: what is wrong"
};

struct CsvTable {
    std::string file; // as errors name it
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows; // rows[i] is row i + 2 of the file (row 1 is the header)

    int column(const std::string& name) const;                  // -1 when absent
    std::string get(size_t row, const std::string& name) const; // "" when the column is absent
    static int row_number(size_t row) { return int(row) + 2; }
};

// Reads a file whose first row names the columns; every row must have as many fields.
CsvTable read_csv(const std::string& path);

class CsvWriter {
  public:
    explicit CsvWriter(const std::string& path); // throws CsvError when it cannot be created
    ~CsvWriter();
    CsvWriter(const CsvWriter&) = delete;
    CsvWriter& operator=(const CsvWriter&) = delete;

    void row(const std::vector<std::string>& fields); // every field quoted, quotes doubled
    void close();                                     // throws CsvError if anything failed to write

  private:
    std::string path_;
    FILE* f_ = nullptr;
    bool failed_ = false;
};

} // namespace kiosk
