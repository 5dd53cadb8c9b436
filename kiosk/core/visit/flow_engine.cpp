#include "core/visit/flow_engine.h"

#include <algorithm>
#include <cassert>
#include <map>
#include <set>

namespace kiosk {

namespace {

const Node* next_node(const FlowRun& run, const Node& from) {
    for (const Transition& t : from.next) {
        if (!t.condition || !evaluate(*t.condition, run.answers)) continue;
        return run.flow->find(t.target);
    }
    return nullptr;
}

bool move_on(FlowRun& run, const Node& from) {
    const Node* to = next_node(run, from);
    if (!to) return false;
    run.path.push_back(to->id);
    return true;
}

// Longest number of questions on any path starting at node_id (itself included). Each node is
// worked out once: a flow of many short branches would otherwise take exponential time.
int questions_ahead(const Flow& flow, const std::string& node_id, std::map<std::string, int>& memo) {
    auto it = memo.find(node_id);
    if (it != memo.end()) return it->second;
    memo[node_id] = 0; // a cycle (which lint refuses) ends here instead of recursing forever
    const Node* node = flow.find(node_id);
    if (!node) return 0;
    int best = 0;
    for (const Transition& t : node->next) best = std::max(best, questions_ahead(flow, t.target, memo));
    return memo[node_id] = best + (node->kind == NodeKind::Question ? 1 : 0);
}

} // namespace

FlowRun flow_start(const Flow& flow) {
    FlowRun run;
    run.flow = &flow;
    run.path.push_back(flow.start);
    return run;
}

const Node& flow_current(const FlowRun& run) {
    assert(run.flow && !run.path.empty()); // flow_start put the start node there; back never removes it
    const Node* node = run.flow->find(run.path.back());
    if (!node) throw std::logic_error("flow " + run.flow->id + " has no node " + run.path.back());
    return *node;
}

ChooseResult flow_choose(FlowRun& run, size_t choice_index) {
    const Node& node = flow_current(run);
    if (node.kind != NodeKind::Question || choice_index >= node.choices.size())
        return ChooseResult::BadChoice;
    Answers before = run.answers;
    run.answers[node.var] = node.choices[choice_index].value;
    if (!move_on(run, node)) {
        run.answers = std::move(before);
        return ChooseResult::NoTransition;
    }
    return ChooseResult::Moved;
}

ChooseResult flow_continue(FlowRun& run) {
    const Node& node = flow_current(run);
    if (node.kind != NodeKind::Info) return ChooseResult::BadChoice;
    return move_on(run, node) ? ChooseResult::Moved : ChooseResult::NoTransition;
}

bool flow_back(FlowRun& run) {
    if (run.path.size() <= 1) return false;
    run.path.pop_back();
    // The question we return to keeps its answer (shown as chosen); anything after it is gone.
    std::set<std::string> on_path;
    for (const std::string& id : run.path)
        if (const Node* n = run.flow->find(id)) on_path.insert(n->var);
    std::erase_if(run.answers, [&](const auto& kv) { return !on_path.count(kv.first); });
    return true;
}

std::string flow_chosen_value(const FlowRun& run) {
    const Node& node = flow_current(run);
    auto it = run.answers.find(node.var);
    return it == run.answers.end() ? std::string() : it->second;
}

int flow_step(const FlowRun& run) {
    int answered = 0;
    for (size_t i = 0; i + 1 < run.path.size(); ++i)
        if (const Node* n = run.flow->find(run.path[i]); n && n->kind == NodeKind::Question) ++answered;
    return answered + 1;
}

int flow_max_steps(const FlowRun& run) {
    std::map<std::string, int> memo;
    int ahead = questions_ahead(*run.flow, run.path.back(), memo);
    return flow_step(run) - 1 + std::max(ahead, 1);
}

std::vector<const Node*> reachable_nodes(const Flow& flow) {
    std::vector<const Node*> out;
    std::set<std::string> seen;
    std::vector<std::string> pending{flow.start};
    while (!pending.empty()) {
        const Node* n = flow.find(pending.back());
        pending.pop_back();
        if (!n || !seen.insert(n->id).second) continue;
        out.push_back(n);
        for (const Transition& t : n->next) pending.push_back(t.target);
    }
    return out;
}

} // namespace kiosk
