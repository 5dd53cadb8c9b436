// kiosk-content: the authors' and operators' command-line tool. Errors go to standard error in
// one plain sentence with a non-zero exit; nothing is half-written.
#include "bundle_builder.h"
#include "content_store.h"
#include "hsds_reader.h"
#include "hsds_writer.h"
#include "lint.h"
#include "opening_hours.h"

#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

using namespace kiosk;

namespace {

const char* usage = R"(usage:
  kiosk-content build [--sources DIR] [--version N] -o BUNDLE
      compile db/, locales/ and assets/ into a bundle, then lint it
  kiosk-content lint BUNDLE
      flows, translations, sources: errors, warnings and coverage
  kiosk-content hours RULE --at "YYYY-MM-DD HH:MM"
      what the kiosk shows for an opening_hours rule at that Paris time
  kiosk-content import-hsds [--sources DIR] [--version N] [--lang CODE] INPUT -o BUNDLE
      build as above, plus the services of Open Referral HSDS 3.0 data: INPUT is a CSV data
      package directory or a JSON file; its descriptions are in CODE (default en)
  kiosk-content export-hsds BUNDLE -o DIR
      the bundle's services as an HSDS 3.0 CSV data package and services.json, French texts
)";

// Parses the options build and import-hsds share; the rest are handed to `other`.
template <typename Other>
bool parse_build_options(const char* command, const std::vector<std::string>& args, BuildOptions& o,
                         Other other) {
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        bool has_value = i + 1 < args.size();
        if (a == "--sources" && has_value)
            o.sources_dir = args[++i];
        else if (a == "--version" && has_value)
            o.version = std::atoll(args[++i].c_str());
        else if (a == "-o" && has_value)
            o.output = args[++i];
        else if (!other(args, i)) {
            std::fprintf(stderr, "kiosk-content %s: unexpected argument '%s'\n%s", command, a.c_str(), usage);
            return false;
        }
    }
    if (o.version < 1) {
        std::fprintf(stderr, "kiosk-content %s: --version must be a whole number from 1\n", command);
        return false;
    }
    return true;
}

// Builds, then lints: a bundle with errors is removed, so nothing half-right is left behind.
int build_and_lint(const char* command, const BuildOptions& o) {
    for (const std::string& w : build_bundle(o)) std::fprintf(stderr, "warning: %s\n", w.c_str());
    ContentStore store(o.output);
    std::vector<LintIssue> issues = lint(store);
    for (const LintIssue& i : issues)
        std::fprintf(stderr, "%s: [%s] %s\n", i.severity == LintIssue::Severity::Error ? "error" : "warning",
                     i.rule.c_str(), i.message.c_str());
    if (has_errors(issues)) {
        std::remove(o.output.c_str());
        std::fprintf(stderr, "kiosk-content %s: the content has errors; no bundle was written\n", command);
        return 1;
    }
    std::printf("built %s: bundle %s version %s\n", o.output.c_str(), store.meta().bundle_id.c_str(),
                store.meta().version.c_str());
    return 0;
}

int build(const std::vector<std::string>& args) {
    BuildOptions o;
    if (!parse_build_options("build", args, o,
                             [](const std::vector<std::string>&, size_t&) { return false; }))
        return 2;
    return build_and_lint("build", o);
}

int import_hsds(const std::vector<std::string>& args) {
    BuildOptions o;
    std::string input, lang = "en";
    auto other = [&](const std::vector<std::string>& a, size_t& i) {
        if (a[i] == "--lang" && i + 1 < a.size())
            lang = a[++i];
        else if (input.empty() && !a[i].empty() && a[i][0] != '-')
            input = a[i];
        else
            return false;
        return true;
    };
    if (!parse_build_options("import-hsds", args, o, other)) return 2;
    if (input.empty() || o.output.empty()) {
        std::fprintf(stderr, "%s", usage);
        return 2;
    }
    HsdsRead read = read_hsds(input);
    for (const std::string& w : read.warnings) std::fprintf(stderr, "warning: %s\n", w.c_str());
    o.imported = std::move(read.imported);
    o.imported.lang = lang;
    std::printf("read %zu service(s) from %s\n", o.imported.services.size(), input.c_str());
    return build_and_lint("import-hsds", o);
}

int export_command(const std::vector<std::string>& args) {
    if (args.size() != 3 || args[1] != "-o") {
        std::fprintf(stderr, "%s", usage);
        return 2;
    }
    size_t n = export_hsds(args[0], args[2]);
    std::printf("exported %zu service(s) to %s\n", n, args[2].c_str());
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
        if (command == "import-hsds") return import_hsds(args);
        if (command == "export-hsds") return export_command(args);
        std::fprintf(stderr, "kiosk-content: unknown command '%s'\n%s", command.c_str(), usage);
        return 2;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "kiosk-content %s: %s\n", command.c_str(), e.what());
        return 1;
    }
}
