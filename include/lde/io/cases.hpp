/// @file cases.hpp
/// @brief Case files (`lde-cases/1`): inputs with expected decision values, run through the C++ API.
///
/// A case file is `{"format": "lde-cases/1", "cases": [{"id", "source", "at" | "year",
/// "worker" | "enterprise", "parameters"?, "expect": {"dotted.path": value}}]}`
/// (docs/format.md). A case may instead expect an error:
/// `"expect_error": {"code": "invalid_date", "field": "worker.absences[0].last_day"}`.
/// The `lde check` command and the C++ case runner in tests/io both use run_cases().
#pragma once

#include "lde/core/parameters.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lde::io {

/// One expected value that differs from the decision.
struct CaseMismatch {
  std::string path;      ///< Dotted path, e.g. `advances.2026-01` or `trajectory.absences[0].qualifies`.
  std::string expected;  ///< The expected value as compact JSON text.
  std::string actual;    ///< The actual value as compact JSON text, or `(missing)`.
};

/// The outcome of one case.
struct CaseResult {
  std::string id;                         ///< The case id.
  std::string source;                     ///< The source passage the case is drawn from.
  bool passed = false;                    ///< Every expectation holds.
  std::vector<CaseMismatch> mismatches;   ///< Every failing path (empty when passed, or when an error occurred).
  std::string error;                      ///< The error met while evaluating, when it was not expected (empty otherwise).
  std::string decision;                   ///< The decision JSON (empty when evaluation failed).
};

/// Runs every case of a case file through evaluate_json()'s engine with
/// parameters @p base (plus each case's own `parameters` changes).
/// The input of a case that does not declare `expect_error` must be readable:
/// an impossible date, a wrong type or an unknown key there is an error of the
/// file (thrown, like a malformed file). A case whose readable input the rules
/// reject (validate(): an absence ending before it starts, two rights on one
/// day) fails with its error reported, unless it declares `expect_error`.
/// @param case_file_json the case file text
/// @param origin the file name, named in error messages
/// @throws Error (parse_error / invalid_argument) whose field() is the JSON path, e.g.
///         `cases[3].expect` or `cases[3].worker.birth_date`, when the case file itself or the input
///         of a case without `expect_error` is malformed
std::vector<CaseResult> run_cases(std::string_view case_file_json, const ParameterSet& base,
                                  std::string_view origin = "cases");

/// The value at a dotted path of a decision JSON (`right.kind`,
/// `advances.2026-01`, `hiring.failing[0]`) as compact JSON text; nullopt when
/// the path does not exist. A path through a null object gives "null".
/// @throws Error (parse_error) when @p decision_json is not valid JSON
std::optional<std::string> value_at(std::string_view decision_json, std::string_view dotted_path);

}  // namespace lde::io
