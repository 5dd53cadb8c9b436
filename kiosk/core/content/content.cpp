#include "core/content/content.h"

#include <regex>

namespace kiosk {

const Node* Flow::find(const std::string& node_id) const {
    for (const Node& n : nodes)
        if (n.id == node_id) return &n;
    return nullptr;
}

std::string topic_title_key(const std::string& topic) {
    return "topic." + topic + ".title";
}
std::string topic_subtitle_key(const std::string& topic) {
    return "topic." + topic + ".subtitle";
}
std::string node_text_key(const std::string& node_id) {
    return "node." + node_id + ".text";
}
std::string node_title_key(const std::string& node_id) {
    return "node." + node_id + ".title";
}

std::string choice_key(const Node& node, const Choice& choice) {
    if (choice.value == "unknown") return "ui.choice_unknown"; // one "I don't know" for every question
    return "choice." + node.id + "." + choice.value;
}

std::string hotline_item_id(const std::string& number) {
    std::string id = "hotline.";
    for (char c : number)
        if (c != ' ') id += c;
    return id;
}

std::string hotline_key(const std::string& number, const char* field) {
    return hotline_item_id(number) + "." + field;
}

std::string category_name_key(const std::string& category) {
    return "category." + category + ".name";
}

std::string language_name_key(const std::string& code) {
    return "language." + code + ".name";
}

bool is_language_code(const std::string& code) {
    static const std::regex bcp47("[a-z]{2,3}(-[A-Za-z]{2,8})*");
    return code.size() <= 32 && std::regex_match(code, bcp47);
}

} // namespace kiosk
