// One visitor's way through one flow: where they are, what they answered, how to go back.
// Answers exist only for the questions on the current path; choosing again at a question drops
// everything after it.
#pragma once
#include "core/content/content.h"

#include <string>
#include <vector>

namespace kiosk {

struct FlowRun {
    const Flow* flow = nullptr;
    std::vector<std::string> path; // node ids from the start; back() is the current node
    Answers answers;               // var -> value, only for questions on the path
};

enum class ChooseResult { Moved, NoTransition, BadChoice };

FlowRun flow_start(const Flow& flow);
const Node& flow_current(const FlowRun& run);
ChooseResult flow_choose(FlowRun& run, size_t choice_index); // a question's choice
ChooseResult flow_continue(FlowRun& run);                    // an info node's single way on
bool flow_back(FlowRun& run);                                // false at the start node
std::string flow_chosen_value(const FlowRun& run);           // the current question's answer, if any

// "Step 2 of at most 4": questions answered so far plus one, and that plus the longest run of
// questions still ahead. Flows are acyclic (lint), so the longest run is finite.
int flow_step(const FlowRun& run);
int flow_max_steps(const FlowRun& run);

// The nodes a visitor can reach from the flow's start, each once, depth first; targets that name
// no node are passed over (lint reports them).
std::vector<const Node*> reachable_nodes(const Flow& flow);

} // namespace kiosk
