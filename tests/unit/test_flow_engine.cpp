#include "core/visit/flow_engine.h"
#include "flow_samples.h"

#include <catch.hpp>

using namespace kiosk;
using namespace kiosk::test;

TEST_CASE("a flow moves by the first transition whose condition holds") {
    Flow f = sample_flow();
    FlowRun run = flow_start(f);
    CHECK(flow_current(run).id == "f.who");
    CHECK(flow_choose(run, 1) == ChooseResult::Moved); // family
    CHECK(flow_current(run).id == "f.done_family");

    run = flow_start(f);
    CHECK(flow_choose(run, 2) == ChooseResult::Moved); // I don't know: the fallback
    CHECK(flow_current(run).id == "f.papers");
}

TEST_CASE("back returns to the previous question and keeps its answer") {
    Flow f = sample_flow();
    FlowRun run = flow_start(f);
    flow_choose(run, 0);
    flow_choose(run, 1);
    CHECK(flow_current(run).id == "f.age");
    CHECK(run.answers.size() == 2);
    CHECK(flow_back(run));
    CHECK(flow_current(run).id == "f.papers");
    CHECK(flow_chosen_value(run) == "none");
    CHECK(flow_back(run));
    CHECK(flow_back(run) == false); // at the start
}

TEST_CASE("answering a question differently drops the answers after it") {
    Flow f = sample_flow();
    FlowRun run = flow_start(f);
    flow_choose(run, 0); // alone
    flow_choose(run, 0); // has papers
    flow_choose(run, 1); // adult
    CHECK(run.answers.count("age"));
    flow_back(run); // from the result to age
    flow_back(run); // to papers
    flow_back(run); // to who
    CHECK(run.answers == Answers{{"who", "alone"}});
    flow_choose(run, 1); // family this time
    CHECK(flow_current(run).id == "f.done_family");
    CHECK(run.answers == Answers{{"who", "family"}});
    CHECK(run.path == std::vector<std::string>{"f.who", "f.done_family"});
}

TEST_CASE("progress counts steps taken and the longest way ahead") {
    Flow f = sample_flow();
    FlowRun run = flow_start(f);
    CHECK(flow_step(run) == 1);
    CHECK(flow_max_steps(run) == 3);
    flow_choose(run, 0);
    CHECK(flow_step(run) == 2);
    CHECK(flow_max_steps(run) == 3);
    flow_choose(run, 0);
    CHECK(flow_step(run) == 3);
    CHECK(flow_max_steps(run) == 3);
}

TEST_CASE("a choice with nowhere to go leaves the visitor where they are") {
    Flow f = sample_flow();
    f.nodes[0].next = {go("f.done_family", "who == family")};
    FlowRun run = flow_start(f);
    CHECK(flow_choose(run, 0) == ChooseResult::NoTransition);
    CHECK(flow_current(run).id == "f.who");
    CHECK(run.answers.empty());
    CHECK(flow_choose(run, 7) == ChooseResult::BadChoice);
    CHECK(flow_continue(run) == ChooseResult::BadChoice);
}

TEST_CASE("info nodes continue by their single transition") {
    Flow f = sample_flow();
    Node info;
    info.id = "f.info";
    info.kind = NodeKind::Info;
    info.next = {go("f.who")};
    f.nodes.push_back(info);
    f.start = "f.info";
    FlowRun run = flow_start(f);
    CHECK(flow_choose(run, 0) == ChooseResult::BadChoice);
    CHECK(flow_continue(run) == ChooseResult::Moved);
    CHECK(flow_current(run).id == "f.who");
    CHECK(flow_step(run) == 1); // an info page is not a question
}

TEST_CASE("progress stays quick on a flow of many branching questions") {
    Flow f;
    f.id = "f";
    f.start = "f.q0";
    auto name = [](int i) {
        std::string n = "f.q";
        n += std::to_string(i);
        return n;
    };
    for (int i = 0; i < 60; ++i) { // each question leads to the next two ways: 2^60 paths
        std::string next = i + 1 < 60 ? name(i + 1) : std::string("f.end");
        std::string guard = name(i).substr(2);
        guard += " == a";
        f.nodes.push_back(question(name(i), {"a", "b"}, {go(next, guard), go(next)}));
    }
    f.nodes.push_back(result("f.end"));
    FlowRun run = flow_start(f);
    CHECK(flow_max_steps(run) == 60);
}
