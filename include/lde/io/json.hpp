/// @file json.hpp
/// @brief The language-neutral dossier, enterprise, decision and case format (JSON).
///
/// The format is documented in `docs/format.md` with a JSON Schema in
/// `docs/schema/`. Decimal quantities are strings ("9.50"); a JSON number is
/// accepted only when it converts exactly. Dates are "YYYY-MM-DD". Unknown
/// keys are errors (a misspelt key must not be silently ignored). Every error
/// names the JSON path, e.g. `employment[0].first_day`.
#pragma once

#include "lde/core/decision.hpp"
#include "lde/core/parameters.hpp"
#include "lde/enterprise/enterprise.hpp"
#include "lde/enterprise/year.hpp"
#include "lde/worker/dossier.hpp"
#include "lde/worker/status.hpp"

#include <cstddef>
#include <string>
#include <string_view>

namespace lde::io {

/// The deepest nesting of arrays and objects the format accepts: deeper input is a parse_error
/// naming the path where the limit is crossed (the format itself needs fewer than 10 levels).
inline constexpr std::size_t kMaxNesting = 64;

/// Parses a worker dossier object. @p origin (a file name) is named in error messages.
/// @throws Error (parse_error, invalid_argument, invalid_date) whose field() is the JSON path
WorkerDossier parse_worker(std::string_view json, std::string_view origin = "worker");
/// Parses an enterprise object. @throws Error as parse_worker()
Enterprise parse_enterprise(std::string_view json, std::string_view origin = "enterprise");

/// The worker dossier as JSON (the same format parse_worker() reads).
std::string to_json(const WorkerDossier& dossier);
/// The enterprise as JSON (the same format parse_enterprise() reads).
std::string to_json(const Enterprise& enterprise);

/// The worker decision as a JSON object with the stable keys of docs/format.md
/// (`right.kind`, ..., `status.compensated`), plus `trace` and `receipt`.
std::string decision_json(const WorkerStatus& status, const Trace& trace, const Receipt& receipt);
/// The enterprise decision as a JSON object with the stable keys of docs/format.md
/// (`advances.Y-MM`, ..., `conditions.failing`), plus `trace` and `receipt`.
std::string decision_json(const EnterpriseYear& year, const Trace& trace, const Receipt& receipt);

/// Evaluates one input shaped like a case without `id` and `expect`:
/// `{"at": date, "worker": {...}}` or `{"year": Y, "enterprise": {...}}`, with
/// optional `"parameters"` (changes applied to @p base, as ParameterSet::with_changes()).
/// Returns the decision JSON (decision_json()); the trace is empty when
/// @p with_trace is false. This is the one entry point every front end
/// (C ABI, Python, the `lde` command) uses to evaluate the language-neutral format.
/// @throws Error whose field() is the JSON path of the problem
std::string evaluate_json(std::string_view input_json, const ParameterSet& base, bool with_trace = true,
                          std::string_view origin = "input");

}  // namespace lde::io
