// kiosk-content: the authors' and operators' command-line tool. Errors go to standard error in
// one plain sentence with a non-zero exit; nothing is half-written.
#include "core/content/content_store.h"
#include "core/language/plain_language.h"
#include "core/lint/lint.h"
#include "core/lint/lint_plain_language.h"
#include "core/operations/staff_lock.h"
#include "core/storage/state_store.h"
#include "core/time/clock.h"
#include "core/time/opening_hours.h"
#include "core/time/validity.h"
#include "core/update/bundle_claim.h"
#include "core/update/bundle_install.h"
#include "core/update/signature.h"
#include "tools/bundle_builder.h"
#include "tools/hsds_reader.h"
#include "tools/hsds_writer.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <map>
#include <stdexcept>
#include <string>
#include <unistd.h>
#include <vector>

using namespace kiosk;

namespace {

const char* usage = R"(usage:
  kiosk-content build [--sources DIR] [--version N] -o BUNDLE
      compile db/, locales/ and assets/ into a bundle, then lint it
  kiosk-content lint BUNDLE [--on YYYY-MM-DD]
      flows, translations, sources, dates: errors, warnings and coverage, as on that Paris day
      (default today) and each later day where dated content starts or ends
  kiosk-content hours RULE --at "YYYY-MM-DD HH:MM"
      what the kiosk shows for an opening_hours rule at that Paris time
  kiosk-content import-hsds [--sources DIR] [--version N] [--lang CODE] INPUT -o BUNDLE
      build as above, plus the services of Open Referral HSDS 3.0 data: INPUT is a CSV data
      package directory or a JSON file; its descriptions are in CODE (default en)
  kiosk-content export-hsds BUNDLE -o DIR
      the bundle's services as an HSDS 3.0 CSV data package and services.json, French texts
  kiosk-content keygen -p PUBLIC -s SECRET [--password-file FILE]
      a new minisign key pair; the secret key is encrypted with the password on FILE's first
      line, or not at all: keep it offline either way
  kiosk-content sign --key SECRET [--password-file FILE] BUNDLE
      write BUNDLE.minisig (minisign's format); its trusted comment is the bundle's claim:
      kiosk-bundle id=ID version=N date=YYYY-MM-DD schema=N
  kiosk-content verify --pub PUBLIC [--pub PUBLIC] BUNDLE
      check BUNDLE.minisig against the public key(s) and print the claim it vouches for
  kiosk-content status DIR
      a kiosk's data directory: the bundle in use and whether it opens completely, the others
      installed, the latest updates and why any was refused
  kiosk-content pin-hash PIN
      the Argon2id hash of a first staff PIN (4 to 8 digits), as a line for [staff] in the
      kiosk's configuration
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

int percent(double share) {
    return static_cast<int>(share * 100 + 0.5);
}

// The FALC score of every text below full marks, worst first, then the figures the issue's
// targets are about: advice sentences over 15 and 25 words, acronyms left unexplained.
void print_plain_language(const PlainLanguageReport& r) {
    std::printf("plain French (FALC), texts below 100%%, worst first:\n");
    for (const PlainTextScore& t : r.texts) {
        if (t.passed == t.rules) continue;
        std::string failed;
        for (const std::string& f : t.failed) failed += (failed.empty() ? "" : ", ") + f;
        std::printf("  %3d%%  %s (%s)\n", percent(t.score()), t.key.c_str(), failed.c_str());
    }
    size_t advice =
        std::count_if(r.texts.begin(), r.texts.end(), [](const PlainTextScore& t) { return t.advice; });
    std::printf("plain French: %zu texts, score %d%%; advice: %zu texts, score %d%%\n", r.texts.size(),
                percent(r.overall()), advice, percent(r.advice()));
    std::printf("advice sentences: %zu, over %zu words: %zu (%d%%, target at most 10%%), over %zu words: %zu "
                "(target 0)\n",
                r.advice_sentences, falc_warn_words, r.advice_over_warn,
                percent(r.advice_sentences ? double(r.advice_over_warn) / double(r.advice_sentences) : 0),
                falc_max_words, r.advice_over_max);
    auto list = [](const std::vector<std::string>& items) {
        std::string out;
        for (const std::string& i : items) out += (out.empty() ? "" : ", ") + i;
        return out.empty() ? std::string("none") : out;
    };
    std::map<std::string, int> per_rule;
    for (const LintIssue& i : r.issues) ++per_rule[i.rule];
    std::string counts;
    for (const auto& [rule, n] : per_rule)
        counts += (counts.empty() ? "" : ", ") + rule + " " + std::to_string(n);
    std::printf("findings per rule: %s\n", counts.empty() ? "none" : counts.c_str());
    std::printf("unexplained acronyms: %zu (%s); in advice: %zu (%s)\n", r.unexplained.size(),
                list(r.unexplained).c_str(), r.advice_unexplained.size(), list(r.advice_unexplained).c_str());
}

// Checks the bundle as it will be on a day: today in Paris, or the day after --on.
int lint_command(const std::vector<std::string>& args) {
    bool on_given = args.size() == 3 && args[1] == "--on";
    if (args.size() != 1 && !on_given) {
        std::fprintf(stderr, "%s", usage);
        return 2;
    }
    std::string on = on_given ? args[2] : local_date(SystemClock().now_ms());
    if (!parse_iso_date(on)) {
        std::fprintf(stderr, "kiosk-content lint: \"%s\" is not a date such as 2027-01-02\n", on.c_str());
        return 2;
    }
    ContentStore store(args[0]);
    std::vector<LintIssue> issues = lint(store, on);
    PlainLanguageReport plain = lint_plain_language(store);
    issues.insert(issues.end(), plain.issues.begin(), plain.issues.end());
    std::printf("checked as on %s\n", on.c_str());
    int errors = 0, warnings = 0;
    for (const LintIssue& i : issues) {
        bool error = i.severity == LintIssue::Severity::Error;
        (error ? errors : warnings)++;
        std::printf("%s: [%s] %s\n", error ? "error" : "warning", i.rule.c_str(), i.message.c_str());
    }
    for (const StringCoverage& c : store.coverage())
        std::printf("language %s: %d of %d strings translated, %d reviewed, %d stale\n", c.lang.c_str(),
                    c.translated, c.total, c.reviewed, c.stale);
    print_plain_language(plain);
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

// Keys and passwords are a few lines; anything larger is the wrong file.
std::string read_small_file(const std::string& path, const char* what) {
    constexpr size_t cap = 4096;
    std::ifstream in(path, std::ios::binary);
    std::string text(cap + 1, '\0');
    in.read(text.data(), text.size());
    text.resize(in.gcount());
    std::string error;
    if (!in && !in.eof()) error = "cannot read ";
    if (text.size() > cap) error = "too large to be a ";
    if (!error.empty()) {
        wipe_secret(text);
        error += what;
        error += ": ";
        error += path;
        throw std::runtime_error(error);
    }
    return text;
}

// The password is the file's first line, so an editor's final newline does not count.
std::string read_password(const std::string& path) {
    if (path.empty()) return "";
    std::string text = read_small_file(path, "password file");
    std::string password = text.substr(0, text.find_first_of("\r\n"));
    wipe_secret(text);
    if (password.empty()) throw std::runtime_error("the password file " + path + " is empty");
    return password;
}

bool write_and_close(int fd, const std::string& text) {
    bool ok = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size());
    return ::close(fd) == 0 && ok;
}

// Creates path with this mode, never over an existing file (a key pair is not replaced by mistake).
void write_new_file(const std::string& path, const std::string& text, mode_t mode) {
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0) throw std::runtime_error(path + (errno == EEXIST ? " already exists" : " cannot be created"));
    if (!write_and_close(fd, text)) {
        ::unlink(path.c_str());
        throw std::runtime_error("cannot write " + path);
    }
}

// Written beside, then renamed: a reader sees the old file or the new one, never half of one.
void replace_file(const std::string& path, const std::string& text) {
    std::string part = path + ".part";
    int fd = ::open(part.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0 || !write_and_close(fd, text) || std::rename(part.c_str(), path.c_str()) != 0) {
        ::unlink(part.c_str());
        throw std::runtime_error("cannot write " + path);
    }
}

// The claim a signature of this bundle carries, from the bundle's own meta table.
BundleClaim claim_of(const std::string& bundle) {
    ContentStore store(bundle);
    const BundleMeta& m = store.meta();
    std::string text = "kiosk-bundle id=";
    text += m.bundle_id;
    text += " version=";
    text += m.version;
    text += " date=";
    text += m.created.substr(0, 10); // "2026-11-23T10:00:00Z"
    text += " schema=";
    text += std::to_string(m.schema_version);
    std::optional<BundleClaim> claim = parse_claim(text);
    if (!claim) throw std::runtime_error("the bundle's meta table cannot make a claim: " + text);
    return *claim;
}

int keygen_command(const std::vector<std::string>& args) {
    std::string pub, sec, password_file;
    bool known = args.size() % 2 == 0;
    for (size_t i = 0; known && i < args.size(); i += 2) {
        if (args[i] == "-p")
            pub = args[i + 1];
        else if (args[i] == "-s")
            sec = args[i + 1];
        else if (args[i] == "--password-file")
            password_file = args[i + 1];
        else
            known = false;
    }
    if (!known || pub.empty() || sec.empty()) {
        std::fprintf(stderr, "%s", usage);
        return 2;
    }
    std::string password = read_password(password_file);
    KeyPair pair = generate_key_pair();
    std::string secret = format_secret_key(pair.secret_key, password);
    wipe_secret(password);
    write_new_file(pub, format_public_key(pair.public_key), 0644);
    try {
        write_new_file(sec, secret, 0600); // readable by its owner only
    } catch (...) {
        wipe_secret(secret);
        ::unlink(pub.c_str()); // no public key without its secret half
        throw;
    }
    wipe_secret(secret);
    std::printf("key %s: public key in %s, secret key in %s\n"
                "for the kiosk's [update] trusted_keys: \"%s\"\n",
                key_id_hex(pair.public_key.key_id).c_str(), pub.c_str(), sec.c_str(),
                public_key_base64(pair.public_key).c_str());
    if (password_file.empty())
        std::fprintf(stderr,
                     "warning: the secret key is not encrypted: keep %s offline, never on a kiosk or a "
                     "USB stick, or make a new key pair with --password-file\n",
                     sec.c_str());
    return 0;
}

int sign_command(const std::vector<std::string>& args) {
    std::string key_file, password_file, bundle;
    bool known = true;
    for (size_t i = 0; known && i < args.size(); ++i) {
        bool has_value = i + 1 < args.size();
        if (args[i] == "--key" && has_value)
            key_file = args[++i];
        else if (args[i] == "--password-file" && has_value)
            password_file = args[++i];
        else if (bundle.empty() && !args[i].empty() && args[i][0] != '-')
            bundle = args[i];
        else
            known = false;
    }
    if (!known || key_file.empty() || bundle.empty()) {
        std::fprintf(stderr, "%s", usage);
        return 2;
    }
    std::string password = read_password(password_file);
    std::string key_text = read_small_file(key_file, "secret key");
    SecretKeyParse key = parse_secret_key(key_text, password);
    wipe_secret(password);
    wipe_secret(key_text);
    if (!key.key) {
        std::fprintf(stderr, "kiosk-content sign: %s: %s\n", key_file.c_str(), key.error.c_str());
        return 1;
    }
    std::string claim = format_claim(claim_of(bundle));
    replace_file(bundle + ".minisig", sign_file(bundle, *key.key, claim));
    std::printf("signed %s with key %s: %s\n", bundle.c_str(), key_id_hex(key.key->key_id).c_str(),
                claim.c_str());
    return 0;
}

int verify_command(const std::vector<std::string>& args) {
    std::vector<PublicKey> trusted;
    std::string bundle;
    bool known = true;
    for (size_t i = 0; known && i < args.size(); ++i) {
        if (args[i] == "--pub" && i + 1 < args.size()) {
            std::string path = args[++i];
            std::optional<PublicKey> key = parse_public_key(read_small_file(path, "public key"));
            if (!key) {
                std::fprintf(stderr, "kiosk-content verify: %s is not a minisign public key\n", path.c_str());
                return 1;
            }
            trusted.push_back(*key);
        } else if (bundle.empty() && !args[i].empty() && args[i][0] != '-') {
            bundle = args[i];
        } else {
            known = false;
        }
    }
    if (!known || trusted.empty() || bundle.empty()) {
        std::fprintf(stderr, "%s", usage);
        return 2;
    }
    VerifyResult v = verify_file(bundle, trusted);
    std::optional<BundleClaim> claim = v.ok ? parse_claim(v.trusted_comment) : std::nullopt;
    std::string error = v.error;
    if (v.ok && !claim) error = "the signed comment is not a bundle claim: " + v.trusted_comment;
    if (claim) {
        // A claim typed by hand (minisign -t) could name another bundle: say so before a kiosk does.
        BundleClaim own = claim_of(bundle);
        if (own.bundle_id != claim->bundle_id || own.version != claim->version ||
            own.schema != claim->schema) {
            error = "the signature vouches for \"";
            error += v.trusted_comment;
            error += "\" but the bundle is \"";
            error += format_claim(own);
            error += '"';
        }
    }
    if (!error.empty()) {
        std::fprintf(stderr, "kiosk-content verify: %s\n", error.c_str());
        return 1;
    }
    std::printf("%s\n", v.trusted_comment.c_str());
    return 0;
}

// Prints the configuration line; the kiosk keeps only the hash, never the PIN.
int pin_hash_command(const std::vector<std::string>& args) {
    if (args.size() != 1) {
        std::fprintf(stderr, "%s", usage);
        return 2;
    }
    if (!StaffLock::valid_pin(args[0])) {
        std::fprintf(stderr, "kiosk-content pin-hash: a PIN is 4 to 8 digits\n");
        return 2;
    }
    std::printf("pin_hash = \"%s\"\n", StaffLock::hash_pin(args[0]).c_str());
    return 0;
}

// What a kiosk's data directory holds: the bundle in use, whether it opens completely, what else
// is installed, and the latest updates with the reason for any refusal. Reads only.
int status_command(const std::vector<std::string>& args) {
    if (args.size() != 1) {
        std::fprintf(stderr, "%s", usage);
        return 2;
    }
    BundleInstaller installer(args[0]);
    std::string file = installer.current_file(), path = installer.current_path();
    std::string complete = check_file_opens(path);
    std::string claim = "no installed bundle";
    for (const InstalledBundle& b : installer.installed())
        if (b.file == file)
            claim =
                b.claim.bundle_id + " version " + std::to_string(b.claim.version) + " (" + b.claim.date + ")";
    std::printf("current: %s, %s, %s\n", claim.c_str(),
                file.empty() ? path.c_str() : ("bundles/" + file).c_str(),
                complete.empty() ? "complete" : complete.c_str());
    for (const InstalledBundle& b : installer.installed())
        std::printf("installed: %s version %lld (%s)%s\n", b.claim.bundle_id.c_str(),
                    static_cast<long long>(b.claim.version), b.claim.date.c_str(),
                    b.file == file ? ", in use" : "");
    if (std::ifstream(args[0] + "/state.db")) {
        StateStore state(args[0] + "/state.db");
        for (const LogEntry& e : state.update_log(10))
            std::printf("%s: %s: %s\n", e.at.c_str(), e.what.c_str(), e.detail.c_str());
    }
    return complete.empty() ? 0 : 1;
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
        if (command == "keygen") return keygen_command(args);
        if (command == "sign") return sign_command(args);
        if (command == "verify") return verify_command(args);
        if (command == "pin-hash") return pin_hash_command(args);
        if (command == "status") return status_command(args);
        std::fprintf(stderr, "kiosk-content: unknown command '%s'\n%s", command.c_str(), usage);
        return 2;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "kiosk-content %s: %s\n", command.c_str(), e.what());
        return 1;
    }
}
