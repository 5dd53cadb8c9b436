// Flows built in code for the flow engine and lint tests.
#pragma once
#include "core/content/content.h"

namespace kiosk::test {

inline Transition go(const std::string& to, const std::string& cond = "") {
    return {cond, parse_condition(cond).condition, to};
}

inline Node question(const std::string& id, std::vector<std::string> values, std::vector<Transition> next) {
    Node n;
    n.id = id;
    n.kind = NodeKind::Question;
    n.var.assign(id, id.find('.') + 1);
    int position = 1;
    for (auto& v : values) n.choices.push_back({v, "", {}, position++});
    n.next = std::move(next);
    return n;
}

inline Node result(const std::string& id, std::vector<std::string> hotlines = {"115"},
                   std::vector<std::string> sources = {"s1"}) {
    Node n;
    n.id = id;
    n.kind = NodeKind::Result;
    n.hotlines = std::move(hotlines);
    n.sources = std::move(sources);
    return n;
}

// f.who -> (family) f.done_family | f.papers -> f.age -> f.done
inline Flow sample_flow() {
    Flow f;
    f.id = "f";
    f.start = "f.who";
    f.nodes.push_back(question("f.who", {"alone", "family", "unknown"},
                               {go("f.done_family", "who == family"), go("f.papers")}));
    f.nodes.push_back(question("f.papers", {"has", "none"}, {go("f.age")}));
    f.nodes.push_back(question("f.age", {"minor", "adult"}, {go("f.done")}));
    f.nodes.push_back(result("f.done_family"));
    f.nodes.push_back(result("f.done"));
    return f;
}

} // namespace kiosk::test
