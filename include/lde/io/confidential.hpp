/// @file confidential.hpp
/// @brief The JSON form of the confidential-section log and of its decision
/// (docs/format.md "Confidential section", docs/schema/confidential.schema.json).
///
/// The same strict reader as every other document kind (src/io): unknown keys,
/// duplicate keys, blank names, impossible dates and inexact numbers are errors
/// whose field() is the JSON path (`events[2].document_kind`). An evaluation
/// input `{"at": date, "confidential": {...}, "person"?: id, "document"?: id}`
/// goes through lde::io::evaluate_json() like the worker and enterprise kinds.
#pragma once

#include "lde/confidential/access.hpp"
#include "lde/confidential/log.hpp"
#include "lde/core/decision.hpp"

#include <string>
#include <string_view>

namespace lde::io {

/// Parses a confidential-section log object (it does not validate(): call confidential::validate()).
/// @p origin (a file name) is named in error messages.
/// @throws Error (parse_error, invalid_argument, invalid_date) whose field() is the JSON path
confidential::EventLog parse_confidential_log(std::string_view json, std::string_view origin = "confidential");

/// The log as JSON (the format parse_confidential_log() reads).
std::string to_json(const confidential::EventLog& log);

/// The decision of one date as a JSON object with the stable keys of docs/format.md
/// (`who_has_access`, `persons[i].access.allowed`, `persons[i].visible_documents`, `history`, ...),
/// plus `trace` and `receipt`.
std::string decision_json(const confidential::SectionView& view, const Trace& trace, const Receipt& receipt);

}  // namespace lde::io
