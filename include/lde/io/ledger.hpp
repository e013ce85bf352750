/// @file ledger.hpp
/// @brief The JSON form `lde-ledger/1` of the settlement ledger and of its answers
/// (docs/format.md "Settlement ledger", docs/schema/ledger.schema.json).
///
/// The same strict reader as every other document kind (src/io): unknown keys,
/// duplicate keys, blank names, impossible dates and inexact numbers are errors
/// whose field() is the JSON path (`facts[2].known_from`). An evaluation input
/// `{"at": date, "ledger": {...}, "quarter"?: "YYYY-Qn", "from"?: date, "parameters"?}`
/// goes through lde::io::evaluate_json() like the other kinds: the statement as of
/// `at` (ledger::as_of), with `quarter` also its history (ledger::history), with `from`
/// too the explanation of what changed between `from` and `at` (ledger::explain).
#pragma once

#include "lde/core/decision.hpp"
#include "lde/ledger/ledger.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lde::io {

/// Parses a ledger log (it does not validate(): call ledger::validate()). The object may carry
/// `"format": "lde-ledger/1"`; any other format is refused. @p origin (a file name) is named in errors.
/// @throws Error (parse_error, invalid_argument, invalid_date) whose field() is the JSON path
ledger::Log parse_ledger_log(std::string_view json, std::string_view origin = "ledger");

/// Parses a list of facts `{"facts": [...]}` (or a log) and appends them to @p log, as `lde ledger add`
/// does; error fields name the position in @p json (`facts[0].date`). Nothing is appended on error.
/// @throws Error as parse_ledger_log()
void append_facts(ledger::Log& log, std::string_view json, std::string_view origin = "events");

/// The log as JSON (the format parse_ledger_log() reads), with `"format": "lde-ledger/1"`.
std::string to_json(const ledger::Log& log);
/// One fact as a JSON object (the element of `facts`).
std::string fact_json(const ledger::Fact& fact);

/// The answers as the JSON objects of docs/format.md ("Settlement ledger": `months`, `quarters`,
/// `history`, `explain`), plus `trace` and `receipt`.
std::string decision_json(const ledger::Statement& statement, const std::vector<ledger::QuarterVersion>* history,
                          const ledger::Explanation* explanation, const Trace& trace, const Receipt& receipt);

}  // namespace lde::io
