// Flow conditions, as a bundle carries them on its transitions: parsed at load, evaluated on
// every tap, and listed by lint.
#include "core/content/condition.h"

#include <cstddef>
#include <cstdint>
#include <string>

using namespace kiosk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    ConditionParse p = parse_condition(std::string(reinterpret_cast<const char*>(data), size));
    if (!p.condition) {
        if (p.error.empty()) __builtin_trap(); // a refusal always says why
        return 0;
    }
    Answers answers;
    (void)evaluate(*p.condition, answers);
    for (const auto& [var, value] : referenced_answers(*p.condition)) {
        answers[var] = value;
        (void)evaluate(*p.condition, answers);
    }
    return 0;
}
