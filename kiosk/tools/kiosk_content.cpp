// kiosk-content: the authors' and operators' command-line tool. Errors go to standard error in
// one plain sentence with a non-zero exit; nothing is half-written.
#include "bundle_builder.h"
#include "content_store.h"
#include "lint.h"
#include "opening_hours.h"

#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

using namespace kiosk;

namespace {

const char* usage = "usage: kiosk-content build [--sources DIR] [--version N] -o BUNDLE   compile db/, "
                    "locales/, assets/ into a bundle\n"
                    "       kiosk-content lint BUNDLE                                     flows, "
                    "translations, sources: errors and warnings\n";

int build(const std::vector<std::string>& args) {
    BuildOptions o;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        bool has_value = i + 1 < args.size();
        if (a == "--sources" && has_value)
            o.sources_dir = args[++i];
        else if (a == "--version" && has_value)
            o.version = std::atoll(args[++i].c_str());
        else if (a == "-o" && has_value)
            o.output = args[++i];
        else {
            std::fprintf(stderr, "kiosk-content build: unexpected argument '%s'\n%s", a.c_str(), usage);
            return 2;
        }
    }
    if (o.version < 1) {
        std::fprintf(stderr, "kiosk-content build: --version must be a whole number from 1\n");
        return 2;
    }
    for (const std::string& w : build_bundle(o)) std::fprintf(stderr, "warning: %s\n", w.c_str());
    ContentStore store(o.output);
    std::vector<LintIssue> issues = lint(store);
    for (const LintIssue& i : issues)
        if (i.severity == LintIssue::Severity::Error)
            std::fprintf(stderr, "error: [%s] %s\n", i.rule.c_str(), i.message.c_str());
    if (has_errors(issues)) {
        std::remove(o.output.c_str());
        std::fprintf(stderr, "kiosk-content build: the content has errors; no bundle was written\n");
        return 1;
    }
    std::printf("built %s: bundle %s version %s\n", o.output.c_str(), store.meta().bundle_id.c_str(),
                store.meta().version.c_str());
    return 0;
}

int lint_command(const std::vector<std::string>& args) {
    if (args.size() != 1) {
        std::fprintf(stderr, "%s", usage);
        return 2;
    }
    ContentStore store(args[0]);
    std::vector<LintIssue> issues = lint(store);
    int errors = 0, warnings = 0;
    for (const LintIssue& i : issues) {
        bool error = i.severity == LintIssue::Severity::Error;
        (error ? errors : warnings)++;
        std::printf("%s: [%s] %s\n", error ? "error" : "warning", i.rule.c_str(), i.message.c_str());
    }
    for (const StringCoverage& c : store.coverage())
        std::printf("language %s: %d of %d strings translated, %d reviewed\n", c.lang.c_str(), c.translated,
                    c.total, c.reviewed);
    std::printf("%d error(s), %d warning(s)\n", errors, warnings);
    return errors ? 1 : 0;
}

// Prints the state as the kiosk would show it at that Paris local time, or what is wrong.
int hours_command(const std::vector<std::string>& args) {
    if (args.size() != 3 || args[1] != "--at") {
        std::fprintf(stderr, "%s", usage);
        return 2;
    }
    LocalTime at;
    if (!parse_local_time(args[2], at)) {
        std::fprintf(stderr,
                     "kiosk-content hours: \"%s\" is not a date and time such as \"2026-11-24 10:00\"\n",
                     args[2].c_str());
        return 2;
    }
    HoursParse p = parse_opening_hours(args[0]);
    if (!p.hours) {
        std::fprintf(stderr, "kiosk-content hours: the rule \"%s\" is wrong: %s\n", args[0].c_str(),
                     p.error.c_str());
        return 1;
    }
    std::printf("%s\n", describe(hours_state(*p.hours, at)).c_str());
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "%s", usage);
        return 2;
    }
    std::string command = argv[1];
    std::vector<std::string> args(argv + 2, argv + argc);
    try {
        if (command == "build") return build(args);
        if (command == "lint") return lint_command(args);
        if (command == "hours") return hours_command(args);
        std::fprintf(stderr, "kiosk-content: unknown command '%s'\n%s", command.c_str(), usage);
        return 2;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "kiosk-content %s: %s\n", command.c_str(), e.what());
        return 1;
    }
}
