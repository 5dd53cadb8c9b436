// Writes a synthetic content source tree for scale measurements: the default content (flows,
// strings in ten languages, pictograms) with N made-up local services spread over Ile-de-France,
// each with a type, an address, a phone and opening hours. Never shipped: it is for benchmarks.
//   generate_content SOURCE_ROOT N OUT_DIR
#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>

namespace fs = std::filesystem;

int main(int argc, char** argv) {
    if (argc != 4) return std::fprintf(stderr, "usage: generate_content SOURCE_ROOT N OUT_DIR\n"), 2;
    fs::path src = argv[1], out = argv[3];
    long n = std::atol(argv[2]);
    fs::remove_all(out);
    fs::create_directories(out / "db");
    fs::copy(src / "db" / "content", out / "db" / "content", fs::copy_options::recursive);
    fs::copy(src / "locales", out / "locales", fs::copy_options::recursive);
    fs::copy(src / "assets", out / "assets", fs::copy_options::recursive);
    const char* types[] = {"mjd",  "permanence_juridique", "cidf",           "bav", "caf",
                           "cpam", "pole_emploi",          "mission_locale", "pif"};
    const char* hours[] = {"Mo-Fr 09:00-12:00,14:00-17:00; PH off",
                           "Mo-Sa 08:30-18:30; PH off",
                           "Tu,Th 13:30-17:00",
                           "Mo-Fr 09:00-17:00; We off",
                           "24/7",
                           "Mo-Fr 10:00-12:00; Sa 10:00-12:00; PH off"};
    std::mt19937 rng(20261124);
    std::uniform_real_distribution<double> lat(48.60, 49.10), lon(1.90, 2.80);
    std::ofstream file(out / "db" / "content" / "local-services.ndjson");
    for (long i = 0; i < n; ++i) {
        std::string type = types[rng() % 9];
        nlohmann::json r = {{"id", "synthetic-" + std::to_string(i)},
                            {"type", type},
                            {"nom", "Service synthétique " + std::to_string(i) + " (" + type + ")"},
                            {"latitude", std::to_string(lat(rng))},
                            {"longitude", std::to_string(lon(rng))},
                            {"contact_phone", "01 00 00 " + std::to_string(10 + i % 90) + " " +
                                                  std::to_string(10 + i / 90 % 90)},
                            {"update", "2026-01-01"},
                            {"opening_hours", hours[rng() % 6]},
                            {"writeAddress",
                             {{"streetAddress", {std::to_string(1 + i % 200) + " rue de l'Exemple"}},
                              {"postalCode", "75" + std::to_string(100 + i % 20)},
                              {"addressLocality", "Paris"}}}};
        file << r.dump() << '\n';
    }
    std::printf("%ld synthetic services in %s\n", n, out.c_str());
}
