// Internal helpers of the JSON format shared by src/io/*.cpp and the lde command.
// JSON types never cross the public API: this header is not installed.
#pragma once

#include "lde/confidential/access.hpp"
#include "lde/core/error.hpp"
#include "lde/core/parameters.hpp"
#include "lde/io/json.hpp"
#include "lde/enterprise/enterprise.hpp"
#include "lde/enterprise/year.hpp"
#include "lde/ledger/ledger.hpp"
#include "lde/local_service/evaluate.hpp"
#include "lde/worker/dossier.hpp"
#include "lde/worker/status.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lde::io::detail {

/// Containers nested deeper than this are a parse error (see lde::io::kMaxNesting).
inline constexpr std::size_t kMaxJsonDepth = lde::io::kMaxNesting;

/// `path.key` (or `key` at the root).
std::string join(const std::string& path, std::string_view key);
/// `path[i]`.
std::string index(const std::string& path, std::size_t i);
/// `message (in origin)`, or message alone when origin is empty.
std::string with_origin(const std::string& message, std::string_view origin);
/// Throws Error(code, path, message (in origin)).
[[noreturn]] void fail(ErrorCode code, const std::string& path, std::string_view origin, const std::string& message);
/// "string \"abc\"", "number 12", ... for messages.
std::string describe(const nlohmann::ordered_json& j);

/// The allowed name closest to @p key (edit distance at most 2), or "" when none is close: "did you mean".
std::string closest(std::string_view key, const std::vector<std::string_view>& allowed);

/// Parses JSON text into a document that keeps each object's keys in file order. Malformed text,
/// duplicate keys, nesting deeper than kMaxJsonDepth and numbers whose text a double cannot hold
/// exactly are parse errors naming the path.
nlohmann::ordered_json parse_document(std::string_view text, std::string_view origin);

/// Reads one JSON object whose keys must all be in the allowed list.
/// The keys of a worker dossier (docs/format.md "Worker dossier"): what its reader accepts and which
/// error fields evaluate_json() prefixes with the document's path.
inline const std::vector<std::string_view> kWorkerKeys{"birth_date", "rights", "employment", "absences",
                                                       "competence_extensions", "doorstroom", "reconsideration"};
/// The keys of an enterprise (docs/format.md "Enterprise"), used the same two ways.
inline const std::vector<std::string_view> kEnterpriseKeys{
    "allocation_number", "legal_form", "seat",  "other_activities", "sui_generis_division", "separate_bookkeeping",
    "subcontracting",    "enclave_work", "converted", "allocation_date", "contingent", "transition_amounts",
    "hires",             "dmfa",       "maatwerk", "label",            "pops"};

class Reader {
 public:
  Reader(const nlohmann::ordered_json& j, std::string path, std::string_view origin, std::vector<std::string_view> allowed);
  const nlohmann::ordered_json* optional(std::string_view key) const;
  const nlohmann::ordered_json* optional_nonnull(std::string_view key) const;
  const nlohmann::ordered_json& required(std::string_view key) const;
  std::string path(std::string_view key) const;

 private:
  const nlohmann::ordered_json& j_;
  std::string path_;
  std::string_view origin_;
};

std::string as_string(const nlohmann::ordered_json& j, const std::string& path, std::string_view origin);
/// A string that is not empty or blank (ids, names, enum-like values).
std::string as_name(const nlohmann::ordered_json& j, const std::string& path, std::string_view origin);
/// A non-blank free text (a case's `source`): bounded only by the JSON text limit, not by kMaxNameBytes.
std::string as_text(const nlohmann::ordered_json& j, const std::string& path, std::string_view origin);
Date as_date(const nlohmann::ordered_json& j, const std::string& path, std::string_view origin);
int as_int(const nlohmann::ordered_json& j, const std::string& path, std::string_view origin);
/// A date, or nullopt when @p j is absent (nullptr) or null.
std::optional<Date> as_optional_date(const nlohmann::ordered_json* j, const std::string& path, std::string_view origin);
bool as_bool(const nlohmann::ordered_json& j, const std::string& path, std::string_view origin);
/// A whole number that fits in 64 bits.
std::int64_t as_integer(const nlohmann::ordered_json& j, const std::string& path, std::string_view origin);
/// The exact decimal text of a string or a JSON number (for Money and Fte).
std::string decimal_text(const nlohmann::ordered_json& j, const std::string& path, std::string_view origin);
Money as_money(const nlohmann::ordered_json& j, const std::string& path, std::string_view origin);
Fte as_fte(const nlohmann::ordered_json& j, const std::string& path, std::string_view origin);
const nlohmann::ordered_json& as_array(const nlohmann::ordered_json& j, const std::string& path, std::string_view origin);
const nlohmann::ordered_json& as_object(const nlohmann::ordered_json& j, const std::string& path, std::string_view origin);

/// Re-throws an Error from a library parser (enum names) with the JSON path and origin.
template <class F>
auto relabel(const std::string& path, std::string_view origin, F&& f) -> decltype(f()) {
  try {
    return f();
  } catch (const Error& e) {
    fail(e.code(), path, origin, e.message());
  }
}

/// The ISO text of @p d, or JSON null.
inline nlohmann::ordered_json date_or_null(const std::optional<Date>& d) {
  return d ? nlohmann::ordered_json(d->iso()) : nlohmann::ordered_json(nullptr);
}

WorkerDossier worker_from(const nlohmann::ordered_json& j, const std::string& root, std::string_view origin);
Enterprise enterprise_from(const nlohmann::ordered_json& j, const std::string& root, std::string_view origin);

nlohmann::ordered_json worker_to(const WorkerDossier& d);
nlohmann::ordered_json enterprise_to(const Enterprise& e);
nlohmann::ordered_json worker_decision(const WorkerStatus& s);
nlohmann::ordered_json enterprise_decision(const EnterpriseYear& y);
nlohmann::ordered_json trace_and_receipt(nlohmann::ordered_json out, const Trace& trace, const Receipt& receipt);

/// A confidential-section question: the log, and optionally the person and document asked about.
struct ConfidentialQuery {
  confidential::EventLog log;
  std::optional<std::string> person;
  std::optional<std::string> document;
};

/// A settlement-ledger question: the log, and optionally a quarter (its history) and a first date (explain).
struct LedgerQuery {
  ledger::Log log;
  std::optional<Quarter> quarter;
  std::optional<Date> from;
};

/// One evaluation request: a worker on a date, an enterprise for a year, or a confidential section on
/// a date, with its parameters.
struct Input {
  std::optional<Date> at;
  std::optional<int> year;
  std::optional<WorkerDossier> worker;
  std::optional<Enterprise> enterprise;
  ParameterSet params;
  std::optional<ConfidentialQuery> confidential;
  std::optional<local_service::LocalService> local_service;  ///< A local service on `at` (src/io/local_service_json.cpp).
  std::optional<LedgerQuery> ledger;  ///< A settlement ledger as of `at` (src/io/ledger_json.cpp).
};

/// @p base with the `"parameters"` changes @p changes of an input at @p path (an object; errors name
/// `path.<parameter>`). The changes' origin is "parameters" whatever the file, so every front end gives
/// the same fingerprint.
ParameterSet parameters_from(const nlohmann::ordered_json& changes, const std::string& path, std::string_view origin,
                             const ParameterSet& base);
/// Refuses, for an input of document kind @p kind ("confidential", "local_service", "ledger"), a second
/// document kind beside it (`give one of ..., not several`, naming `root.<other>`) and a `"year"` (only
/// enterprise cases have one; @p what says how @p kind is read instead, e.g. "a ledger is read as of \"at\"").
void refuse_other_kinds(const nlohmann::ordered_json& doc, const std::string& root, std::string_view origin,
                        std::string_view kind, std::string_view what);
/// Reads `{"at", "worker"}` / `{"year", "enterprise"}` (+ "parameters", "id", "source", and @p extra_keys) at @p root.
Input input_from(const nlohmann::ordered_json& doc, const std::string& root, std::string_view origin, const ParameterSet& base,
                 std::vector<std::string_view> extra_keys);
/// @p field under @p prefix when it is a field of the worker (or enterprise) document, else unchanged.
std::string prefix_field(const std::string& prefix, const std::string& field, bool worker);
/// Evaluates @p in; rule errors get their field prefixed with `root.worker.` / `root.enterprise.`.
nlohmann::ordered_json evaluate(const Input& in, bool with_trace, const std::string& root, std::string_view origin);

// The confidential-section kind (src/io/confidential_json.cpp).
/// Reads a log object at @p root.
confidential::EventLog confidential_from(const nlohmann::ordered_json& j, const std::string& root, std::string_view origin);
/// The log in the JSON format.
nlohmann::ordered_json confidential_to(const confidential::EventLog& log);
/// The decision object of one date (without trace and receipt).
nlohmann::ordered_json confidential_decision(const confidential::SectionView& view);
/// Reads `{"at", "confidential", "person"?, "document"?}` (+ "id", "source", @p extra_keys) at @p root.
Input confidential_input_from(const nlohmann::ordered_json& doc, const std::string& root, std::string_view origin,
                              const ParameterSet& base, const std::vector<std::string_view>& extra_keys);
/// Evaluates a confidential input; rule errors get their field prefixed with `root.confidential.`.
nlohmann::ordered_json evaluate_confidential_input(const Input& in, bool with_trace, const std::string& root,
                                                   std::string_view origin);

// The local-service kind (src/io/local_service_json.cpp).
/// Reads a local-service object at @p root.
local_service::LocalService local_service_from(const nlohmann::ordered_json& j, const std::string& root,
                                               std::string_view origin);
/// The local service in the JSON format.
nlohmann::ordered_json local_service_to(const local_service::LocalService& s);
/// The decision object (without trace and receipt).
nlohmann::ordered_json local_service_decision(const local_service::LocalServiceDecision& d);
/// Reads `{"at", "local_service"}` (+ "parameters", "id", "source", @p extra_keys) at @p root.
Input local_service_input_from(const nlohmann::ordered_json& doc, const std::string& root, std::string_view origin,
                               const ParameterSet& base, const std::vector<std::string_view>& extra_keys);
/// Evaluates a local-service input; rule errors get their field prefixed with `root.local_service.`.
nlohmann::ordered_json evaluate_local_service_input(const Input& in, bool with_trace, const std::string& root,
                                                    std::string_view origin);

// The settlement-ledger kind (src/io/ledger_json.cpp).
/// Reads a ledger log object at @p root (with or without its "format" key).
ledger::Log ledger_from(const nlohmann::ordered_json& j, const std::string& root, std::string_view origin);
/// The log in the JSON format.
nlohmann::ordered_json ledger_to(const ledger::Log& log);
/// One fact in the JSON format.
nlohmann::ordered_json fact_to(const ledger::Fact& f);
/// Reads `{"at", "ledger", "quarter"?, "from"?}` (+ "parameters", "id", "source", @p extra_keys) at @p root.
Input ledger_input_from(const nlohmann::ordered_json& doc, const std::string& root, std::string_view origin,
                        const ParameterSet& base, const std::vector<std::string_view>& extra_keys);
/// Evaluates a ledger input; rule errors get their field prefixed with `root.ledger.`.
nlohmann::ordered_json evaluate_ledger_input(const Input& in, bool with_trace, const std::string& root,
                                             std::string_view origin);

}  // namespace lde::io::detail
