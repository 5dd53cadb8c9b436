#include "tools/po_file.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <gettext-po.h>

namespace kiosk {

namespace {

// libgettextpo reports through callbacks; keep the first problem and throw once it returns.
thread_local std::string first_error;

void record(int severity, po_message_t, const char* filename, size_t lineno, size_t, int, const char* text) {
    if (first_error.empty())
        first_error = std::string(filename ? filename : "?") + ":" + std::to_string(lineno) + ": " +
                      (text ? text : "error");
    // libgettextpo requires this handler not to return after a fatal error, and a C++ exception
    // must not unwind through its C frames: the authoring tool stops here with the reason.
    if (severity == PO_SEVERITY_FATAL_ERROR) {
        std::fprintf(stderr, "kiosk-content: %s\n", first_error.c_str());
        std::exit(1);
    }
}

void record2(int severity, po_message_t, const char* filename1, size_t lineno1, size_t, int,
             const char* text1, po_message_t, const char*, size_t, size_t, int, const char* text2) {
    std::string text = std::string(text1 ? text1 : "") + " " + (text2 ? text2 : "");
    record(severity, nullptr, filename1, lineno1, 0, 0, text.c_str());
}

const po_xerror_handler handler = {record, record2};

// "source: seed-guide, sp-f39530" on a line of the extracted comments: the ids, in order.
std::vector<std::string> source_ids(const std::string& comments) {
    std::vector<std::string> ids;
    size_t line = 0;
    while (line < comments.size()) {
        size_t end = comments.find('\n', line);
        if (end == std::string::npos) end = comments.size();
        std::string text = comments.substr(line, end - line);
        if (text.rfind("source:", 0) == 0) {
            size_t at = 7;
            while (at < text.size()) {
                size_t comma = text.find(',', at);
                if (comma == std::string::npos) comma = text.size();
                size_t b = text.find_first_not_of(' ', at), e = text.find_last_not_of(' ', comma - 1);
                if (b != std::string::npos && b < comma && e >= b) ids.push_back(text.substr(b, e - b + 1));
                at = comma + 1;
            }
        }
        line = end + 1;
    }
    return ids;
}

struct PoFile {
    po_file_t file;
    ~PoFile() {
        if (file) po_file_free(file);
    }
};

// The header's Plural-Forms field, "" when there is no header or no such field.
std::string plural_forms(po_file_t file) {
    const char* header = po_file_domain_header(file, nullptr);
    if (!header) return "";
    char* value = po_header_field(header, "Plural-Forms");
    if (!value) return "";
    std::string out = value;
    std::free(value);
    return out;
}

// msgstr[0], msgstr[1] ... of a plural entry; libgettextpo answers null past the last one.
std::vector<std::string> plural_msgstrs(po_message_t m) {
    std::vector<std::string> out;
    for (int i = 0; const char* form = po_message_msgstr_plural(m, i); ++i) out.emplace_back(form);
    return out;
}

} // namespace

PoCatalog read_po(const std::string& path) {
    if (!std::ifstream(path)) throw PoError(path + ": cannot be read");
    first_error.clear();
    PoFile po{po_file_read(path.c_str(), &handler)};
    if (!first_error.empty() || !po.file)
        throw PoError(first_error.empty() ? path + ": not a PO file" : first_error);
    PoCatalog out;
    out.plural_forms = plural_forms(po.file);
    po_message_iterator_t it = po_message_iterator(po.file, nullptr);
    while (po_message_t m = po_next_message(it)) {
        if (po_message_is_obsolete(m) || *po_message_msgid(m) == '\0') continue; // header
        const char* ctx = po_message_msgctxt(m);
        if (!ctx || !*ctx) {
            std::string msgid = po_message_msgid(m);
            po_message_iterator_free(it);
            throw PoError(path + ": the entry \"" + msgid + "\" has no msgctxt (its key)");
        }
        PoEntry e;
        e.key = ctx;
        e.msgid = po_message_msgid(m);
        e.msgstr = po_message_msgstr(m);
        if (const char* plural = po_message_msgid_plural(m)) {
            e.msgid_plural = plural;
            e.msgstr_plural = plural_msgstrs(m);
        }
        e.fuzzy = po_message_is_fuzzy(m);
        std::string comments = po_message_comments(m);
        e.reviewed = !e.fuzzy && comments.find("reviewed-by:") != std::string::npos;
        e.sources = source_ids(po_message_extracted_comments(m));
        out.entries.push_back(std::move(e));
    }
    po_message_iterator_free(it);
    return out;
}

} // namespace kiosk
