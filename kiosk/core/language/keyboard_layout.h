// The on-screen keyboards: one per script a visitor may type in. Languages with none (Tigrinya,
// Chinese) browse by category instead. Keys are single Unicode characters, in rows.
#pragma once
#include <string>
#include <vector>

namespace kiosk {

struct KeyboardLayout {
    const char* name;
    std::vector<std::vector<std::string>> rows; // each key one character, UTF-8
};

const KeyboardLayout* keyboard_for(const std::string& lang); // null: browse by category

// The text with its last character (not byte) removed.
std::string without_last_character(const std::string& text);

} // namespace kiosk
