// Reads a gettext PO file with libgettextpo: one entry per msgctxt (the stable key), and the
// header's Plural-Forms.
#pragma once
#include <stdexcept>
#include <string>
#include <vector>

namespace kiosk {

struct PoEntry {
    std::string key;                        // msgctxt
    std::string msgid;                      // the French source text
    std::string msgstr;                     // the translation (empty in the source language's file)
    std::string msgid_plural;               // a plural entry's French plural text, else ""
    std::vector<std::string> msgstr_plural; // a plural entry's msgstr[0..], one per form, else empty
    bool fuzzy = false;
    bool reviewed = false;            // a translator comment "reviewed-by: NAME DATE"
    std::vector<std::string> sources; // ids of an extracted comment "#. source: a, b": the facts' sources
};

struct PoError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct PoCatalog {
    std::string plural_forms; // the header's "nplurals=N; plural=EXPR;", "" when it has none
    std::vector<PoEntry> entries;
};

PoCatalog read_po(const std::string& path); // throws PoError naming the file and the entry

} // namespace kiosk
