// The content model as the kiosk holds it in memory: plain structs loaded from a bundle
// (content_store) or built by tests. Services are not here in bulk: they are queried on demand.
#pragma once
#include "core/content/condition.h"
#include "core/time/validity.h"

#include <optional>
#include <string>
#include <vector>

namespace kiosk {

enum class NodeKind { Question, Info, Result };

struct Choice {
    std::string value;     // the answer recorded for the question's var
    std::string pictogram; // asset name; lint wants one on every choice
    Validity dates{};      // outside them the answer is not offered
    int position = 0;      // 1-based, as authored: the tap id, whichever answers a day leaves out
};

struct Transition {
    std::string condition_text; // empty: always
    ConditionPtr condition;     // parsed at load; null when the text does not parse (lint reports it)
    std::string target;         // node id
};

struct Node {
    std::string id; // <flow>.<node>
    NodeKind kind = NodeKind::Question;
    std::string var; // a question's answer name
    std::vector<Choice> choices;
    std::vector<Transition> next;
    std::vector<std::string> services, categories, hotlines, sources; // results
    Validity dates; // outside them the node is skipped: a transition to it falls to the next
};

struct Flow {
    std::string id;
    std::string start; // node id
    std::vector<Node> nodes;

    const Node* find(const std::string& node_id) const;
};

struct Topic {
    std::string key;
    std::string pictogram;
    std::string flow_id;
};

struct Language {
    std::string code;
    std::string endonym;
    bool rtl = false;
};

// What a call costs, as a source says: free, or the price of an ordinary call to a landline (no
// surcharge). Unknown when no source says; a line is never called "paid" without saying how much.
enum class CallPrice { Unknown, Free, Normal };

struct Hotline {
    std::string number;
    CallPrice price = CallPrice::Unknown;
    int strip = 0; // 0: not on the emergency strip
    std::vector<std::string> languages;
    std::string source_id;
    std::string pictogram; // asset name
    Validity dates;        // outside them the line is not listed
};

struct GeoPoint {
    double latitude = 0, longitude = 0;
};

struct Service {
    std::string id;
    std::string name;
    std::string description_key, audience_key;
    std::optional<bool> free;
    std::string appointment; // required, none, unknown
    std::string record_date;
    std::string source_id;
    std::vector<std::string> phones;
    std::string website; // https:// or http://, empty when no source gives one
    std::string address, postal_code, city;
    bool postal_only = false; // the address is a mail address (BP, CS, Cedex), not where to walk
    std::optional<GeoPoint> location;
    std::string opening_hours;          // OpenStreetMap opening_hours, empty when unknown
    std::vector<std::string> languages; // BCP 47 codes it works in, where a source says so
    std::vector<std::string> audiences; // audience_groups it welcomes, where a source says so
    Validity dates;                     // outside them the service is not listed
    double distance_m = -1;             // from the kiosk, when both have a location
    double bearing = 0;                 // from the kiosk, degrees from north, when distance_m >= 0
};

// A recording that reads one string aloud (schema.sql, voice_clip).
struct VoiceClip {
    std::string wav;   // 16-bit mono WAVE
    std::string words; // "ms:begin-end ...", may be empty
    bool reviewed = false;
};

struct Source {
    std::string id, title, publisher, url, date;
};

// String keys, derived from ids in one place so the builder, lint and screens agree.
std::string topic_title_key(const std::string& topic);
std::string topic_subtitle_key(const std::string& topic);
std::string node_text_key(const std::string& node_id);
std::string node_title_key(const std::string& node_id);
std::string choice_key(const Node& node, const Choice& choice);
std::string hotline_item_id(const std::string& number); // hotline.116006: the tap id, no spaces
std::string hotline_key(const std::string& number, const char* field); // name, purpose, hours
std::string category_name_key(const std::string& category);
std::string language_name_key(const std::string& code); // language.kab.name: "kabyle" in French
// A code as BCP 47 writes a language: 2 or 3 small letters, then subtags of 2 to 8 letters, each
// after a hyphen (fr, prs, zh-Hans). Codes go into item ids, file names and queries: nothing else
// is taken from a bundle.
bool is_language_code(const std::string& code);

} // namespace kiosk
