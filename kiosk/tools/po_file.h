// Reads a gettext PO file with libgettextpo: one entry per msgctxt (the stable key).
#pragma once
#include <stdexcept>
#include <string>
#include <vector>

namespace kiosk {

struct PoEntry {
    std::string key;    // msgctxt
    std::string msgid;  // the French source text
    std::string msgstr; // the translation (empty in the source language's file)
    bool fuzzy = false;
    bool reviewed = false;            // a translator comment "reviewed-by: NAME DATE"
    std::vector<std::string> sources; // ids of an extracted comment "#. source: a, b": the facts' sources
};

struct PoError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

std::vector<PoEntry> read_po(const std::string& path); // throws PoError naming the file and the entry

} // namespace kiosk
