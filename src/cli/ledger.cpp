// `lde ledger` (docs/cli.md "lde ledger"): init, add, balance, history, export. Every answer is
// the library's (lde::ledger::as_of / history / explain through lde::io::evaluate_json); this file
// only moves facts between JSON files and the store (ledger_store.cpp).
#include "ledger.hpp"

#include "args.hpp"
#include "ledger_store.hpp"

#include "lde/io/json.hpp"
#include "lde/io/ledger.hpp"
#include "lde/ledger/ledger.hpp"

#include <nlohmann/json.hpp>

#include <ctime>
#include <iostream>
#include <regex>

namespace lde::cli {

namespace {

constexpr const char* kLedgerHelp = R"(Usage:
  lde ledger init FILE.db [--allocation NUMBER]
  lde ledger add FILE.db EVENTS.json [--params FILE]
  lde ledger balance FILE.db --as-of DATE [--params FILE] [--trace]
  lde ledger history FILE.db --quarter YYYY-Qn [--as-of DATE] [--from DATE] [--params FILE]
  lde ledger export FILE.db

Keeps one allocation's settlement ledger (facts of the format lde-ledger/1, docs/format.md
"Settlement ledger") in an SQLite file: WAL mode, append-only. Each add is one transaction:
every fact of EVENTS.json ({"facts": [...]}, optionally with "allocation_number") is read
and the whole log validated, under the store's write lock, before anything is written; on
any error nothing is written. The first add records the fingerprint of its parameter set
(--params, else the defaults); add, balance and history with another set are refused.
balance prints what is due, paid and to regularise per month and quarter as known on DATE;
history every version of a quarter's right and the facts that changed it (with --from, also
what changed between --from and --as-of, default today); export the log as lde-ledger/1.
)";

Date today() {
  const std::time_t t = std::time(nullptr);
  std::tm tm{};
  localtime_r(&t, &tm);
  return Date::from_ymd(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

Date date_option(const Args& a, const std::string& name) {
  try {
    return Date::parse(*a.get(name), name);
  } catch (const Error& e) {
    throw Usage{name + ": " + e.message()};
  }
}

/// The evaluation of @p log through the shared JSON entry point (as every front end).
nlohmann::ordered_json evaluate(const ledger::Log& log, Date at, const std::optional<std::string>& quarter,
                                const std::optional<Date>& from, const ParameterSet& params, bool trace,
                                const std::string& db) {
  nlohmann::ordered_json in;
  in["at"] = at.iso();
  in["ledger"] = nlohmann::ordered_json::parse(io::to_json(log));
  if (quarter) in["quarter"] = *quarter;
  if (from) in["from"] = from->iso();
  try {
    return nlohmann::ordered_json::parse(io::evaluate_json(in.dump(), params, trace, db));
  } catch (const Error& e) {
    // The stored log's fields are `ledger.facts[i]`: name them as the store's `facts[i]`.
    std::string field = e.field();
    if (field.rfind("ledger.", 0) == 0) field.erase(0, 7);
    throw LedgerInputError{db, Error(e.code(), field, e.message())};
  }
}

int cmd_init(const Args& a) {
  if (a.positional.size() != 1) throw Usage{"ledger init takes exactly one FILE.db (see lde ledger --help)"};
  std::optional<std::string> allocation = a.get("--allocation");
  if (allocation) {
    ledger::Log probe;
    probe.allocation_number = *allocation;
    try {
      ledger::validate(probe, ParameterSet::defaults());
    } catch (const Error& e) {
      throw Usage{"--allocation: " + e.message()};
    }
  }
  LedgerStore::init(a.positional[0], allocation);
  std::cerr << "lde: created the ledger store " << a.positional[0] << "\n";
  return 0;
}

/// Refuses @p params unless they are the parameter set the store's facts were validated with:
/// the fingerprint @p store recorded at its first add, or, in a store an older lde wrote (facts
/// but no fingerprint), the defaults'. A store with no fact yet takes any.
void check_parameters(const LedgerStore& store, bool has_facts, const ParameterSet& params, const std::string& db) {
  const std::optional<std::string> recorded = store.parameters_fingerprint();
  if (!recorded && !has_facts) return;
  const std::string& expected = recorded ? *recorded : ParameterSet::defaults().fingerprint();
  if (params.fingerprint() == expected) return;
  throw LedgerInputError{
      db, Error(ErrorCode::invalid_argument, "--params",
                "the store's facts were validated with the parameter set of fingerprint " + expected +
                    (recorded ? "" : " (the defaults: the store records none)") + ", not " + params.fingerprint() +
                    ": give that parameter set with --params (lde params --params FILE prints a set's fingerprint)")};
}

/// The new facts of EVENTS.json (@p text) for the stored log @p stored, validated with @p params
/// together with the stored facts; throws LedgerInputError naming the events file or the store.
LedgerStore::Batch new_facts(ledger::Log log, const std::string& text, const std::string& events,
                             const std::string& db, const ParameterSet& params) {
  const std::size_t before = log.facts.size();
  try {
    if (log.allocation_number.empty()) {
      // The store takes its allocation number from its first add that names it.
      const nlohmann::ordered_json doc = nlohmann::ordered_json::parse(text, nullptr, false);
      if (doc.is_object() && doc.contains("allocation_number") && doc["allocation_number"].is_string()) {
        log.allocation_number = doc["allocation_number"].get<std::string>();
      } else if (doc.is_discarded()) {
        io::append_facts(log, text, events);  // malformed JSON: the reader names the problem
      } else {
        throw Error(ErrorCode::invalid_argument, "allocation_number",
                    "the store has no allocation number yet: give \"allocation_number\" in the events file "
                    "(or lde ledger init --allocation)");
      }
    }
    io::append_facts(log, text, events);
  } catch (const Error& e) {
    throw LedgerInputError{events, e};
  }
  try {
    ledger::validate(log, params);
  } catch (const Error& e) {
    // facts[i] of the combined log: a new fact is named by its place in EVENTS.json, an old one in the store.
    static const std::regex index(R"(^facts\[([0-9]+)\](.*)$)");
    std::smatch m;
    const std::string field = e.field();
    if (std::regex_match(field, m, index)) {
      const std::size_t i = std::stoul(m[1]);
      if (i >= before) throw LedgerInputError{events, Error(e.code(), "facts[" + std::to_string(i - before) + "]" + m[2].str(), e.message())};
      throw LedgerInputError{db, Error(e.code(), field, e.message() + " (a fact already in the store, against the new ones)")};
    }
    throw LedgerInputError{events, e};
  }
  return {std::vector<ledger::Fact>(log.facts.begin() + static_cast<std::ptrdiff_t>(before), log.facts.end()),
          log.allocation_number};
}

int cmd_add(const Args& a, const LedgerIo& io) {
  if (a.positional.size() != 2) throw Usage{"ledger add takes FILE.db and EVENTS.json (see lde ledger --help)"};
  const std::string& db = a.positional[0];
  const std::string& events = a.positional[1];
  const ParameterSet params = io.load_params(a.get("--params"));
  LedgerStore store(db);
  const std::string text = io.read_file(events);
  // Checked and validated inside the add's transaction, against the log as it is when written.
  const LedgerStore::Appended done = store.append(
      [&](const ledger::Log& stored) {
        check_parameters(store, !stored.facts.empty(), params, db);
        return new_facts(stored, text, events, db, params);
      },
      params.fingerprint(), events);
  std::cerr << "lde: added " << done.added << " facts to " << db << " (add " << done.add << ", " << done.total
            << " facts in all)\n";
  return 0;
}

int cmd_balance(const Args& a, const LedgerIo& io) {
  if (a.positional.size() != 1) throw Usage{"ledger balance takes exactly one FILE.db (see lde ledger --help)"};
  if (!a.get("--as-of")) throw Usage{"ledger balance needs --as-of DATE"};
  const Date at = date_option(a, "--as-of");
  const ParameterSet params = io.load_params(a.get("--params"));
  const LedgerStore store(a.positional[0]);
  const ledger::Log log = store.load();
  if (log.allocation_number.empty()) throw StoreError{a.positional[0], "the store holds no facts yet"};
  check_parameters(store, !log.facts.empty(), params, a.positional[0]);
  std::cout << evaluate(log, at, std::nullopt, std::nullopt, params, a.flag("--trace"), a.positional[0]).dump(2) << "\n";
  return 0;
}

int cmd_history(const Args& a, const LedgerIo& io) {
  if (a.positional.size() != 1) throw Usage{"ledger history takes exactly one FILE.db (see lde ledger --help)"};
  const auto quarter = a.get("--quarter");
  if (!quarter) throw Usage{"ledger history needs --quarter YYYY-Qn"};
  try {
    (void)Quarter::parse(*quarter, "--quarter");
  } catch (const Error& e) {
    throw Usage{"--quarter: " + e.message()};
  }
  const Date at = a.get("--as-of") ? date_option(a, "--as-of") : today();
  const std::optional<Date> from = a.get("--from") ? std::optional<Date>(date_option(a, "--from")) : std::nullopt;
  const ParameterSet params = io.load_params(a.get("--params"));
  const LedgerStore store(a.positional[0]);
  const ledger::Log log = store.load();
  if (log.allocation_number.empty()) throw StoreError{a.positional[0], "the store holds no facts yet"};
  check_parameters(store, !log.facts.empty(), params, a.positional[0]);
  const auto d = evaluate(log, at, quarter, from, params, false, a.positional[0]);
  nlohmann::ordered_json out{{"allocation_number", d["allocation_number"]}, {"quarter", *quarter},
                             {"as_of", d["at"]}, {"history", d["history"]}};
  if (from) out["explain"] = d["explain"];
  std::cout << out.dump(2) << "\n";
  return 0;
}

int cmd_export(const Args& a) {
  if (a.positional.size() != 1) throw Usage{"ledger export takes exactly one FILE.db (see lde ledger --help)"};
  const LedgerStore store(a.positional[0]);
  std::cout << nlohmann::ordered_json::parse(io::to_json(store.load())).dump(1) << "\n";
  return 0;
}

}  // namespace

int cmd_ledger(int argc, char** argv, const LedgerIo& io) {
  if (argc < 3 || std::string(argv[2]) == "--help" || std::string(argv[2]) == "-h") {
    std::cout << kLedgerHelp;
    return argc < 3 ? 2 : 0;
  }
  const std::string sub = argv[2];
  const Args a = Args::parse(argc, argv, 3, {"--allocation", "--params", "--as-of", "--quarter", "--from"}, {"--trace"});
  if (a.help) {
    std::cout << kLedgerHelp;
    return 0;
  }
  if (sub == "init") return cmd_init(a);
  if (sub == "add") return cmd_add(a, io);
  if (sub == "balance") return cmd_balance(a, io);
  if (sub == "history") return cmd_history(a, io);
  if (sub == "export") return cmd_export(a);
  throw Usage{"unknown ledger command \"" + sub + "\" (expected init, add, balance, history or export; see lde ledger --help)"};
}

}  // namespace lde::cli
