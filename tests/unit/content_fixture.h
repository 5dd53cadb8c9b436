// A small, valid set of content sources in a temporary directory, built with the real
// kiosk-content builder. Tests change one file or string and see what the builder or lint says.
#pragma once
#include <filesystem>
#include <map>
#include <string>
#include <utility>

namespace kiosk::test {

struct ContentFixture {
    std::filesystem::path dir;
    std::map<std::string, std::string> files;                           // path under db/content -> text
    std::map<std::string, std::pair<std::string, std::string>> strings; // key -> (French, English)
    std::map<std::string, std::string> plural_forms; // language -> its PO header's Plural-Forms

    ContentFixture();
    ~ContentFixture();
    ContentFixture(const ContentFixture&) = delete;
    ContentFixture& operator=(const ContentFixture&) = delete;

    void write() const;              // the sources, the PO files and one pictogram
    std::string build() const;       // writes, builds, returns the bundle's path; throws BuildError
    std::string build_error() const; // what the builder refuses, empty when it builds
};

// Writes a website the builder would refuse into a built bundle, as a bundle on a USB stick may
// carry: the schema's CHECK is switched off the way a hand-made bundle would leave it out.
void force_website(const std::string& bundle, const std::string& service, const std::string& url);

// A file name under a fresh temporary directory, removed with the directory at exit.
std::filesystem::path temp_dir(const std::string& name);

} // namespace kiosk::test
