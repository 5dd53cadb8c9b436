// damage_bundle IN OUT [--unindex-place SERVICE] [--large CATEGORY] [--search] [--places]: a damaged copy
// of a bundle for the end-to-end tests, which open it as the kiosk would open a bundle gone bad.
#include "damage_bundle.h"

#include <cstdio>
#include <exception>
#include <filesystem>
#include <stdexcept>
#include <string>

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr,
                     "usage: damage_bundle IN OUT [--unindex-place SERVICE] [--large CATEGORY] [--search] "
                     "[--places]\n");
        return 2;
    }
    std::string out = argv[2];
    try {
        std::filesystem::copy_file(argv[1], out, std::filesystem::copy_options::overwrite_existing);
        for (int i = 3; i < argc; ++i) {
            std::string option = argv[i];
            bool has_value = i + 1 < argc;
            if (option == "--unindex-place" && has_value)
                kiosk::test::unindex_place(out, argv[++i]);
            else if (option == "--large" && has_value)
                kiosk::test::make_category_large(out, argv[++i], 4000);
            else if (option == "--search")
                kiosk::test::damage_search_index(out);
            else if (option == "--places")
                kiosk::test::damage_place_index(out);
            else
                throw std::runtime_error("unknown option " + option);
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "damage_bundle: %s\n", e.what());
        return 1;
    }
    return 0;
}
