// Damage a copy of a built bundle the ways a fuzzer found, each one that SQLite's quick_check and
// the content's lint let through: an index that leaves a row out, a search index (FTS5) segment
// and the place index (R*Tree) nodes unreadable, a category large enough for the R*Tree path, a
// language code with a quote. The unit tests sign what these make; the end-to-end tests open it.
#pragma once
#include <string>

namespace kiosk::test {

// The entry of the service's place in the index on location.id points to a row that does not
// exist, and the place's row is in no entry: as a 13-byte patch of the index page would leave it.
// Services are read with their place through that index; lint reads only those results name.
void unindex_place(const std::string& bundle, const std::string& service);
// Every leaf page of the search index's segments says it is longer than it is.
void damage_search_index(const std::string& bundle);
// Every node of the places' R*Tree but its root claims more cells than it holds.
void damage_place_index(const std::string& bundle);
// Adds n points near the South Pole, with no location row, which the lists never reach: a small
// bundle's R*Tree then has nodes below its root.
void add_places(const std::string& bundle, int n);
// Files every service under `category` too, and entries for services that do not exist until it
// holds at least `at_least`: the lists then read it through the R*Tree.
void make_category_large(const std::string& bundle, const std::string& category, int at_least);
// Renames language `code` to `renamed` everywhere the bundle names it.
void rename_language(const std::string& bundle, const std::string& code, const std::string& renamed);

} // namespace kiosk::test
