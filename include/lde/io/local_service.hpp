/// @file local_service.hpp
/// @brief The JSON form of a local service and of its decision (docs/format.md "Local service",
/// docs/schema/local-service.schema.json).
///
/// The same strict reader as every other document kind (src/io): unknown keys, duplicate keys, blank names,
/// impossible dates and inexact numbers are errors whose field() is the JSON path (`assignment.elements[2]`).
/// An evaluation input `{"at": date, "local_service": {...}, "parameters"?: {...}}` goes through
/// lde::io::evaluate_json() like the other kinds.
#pragma once

#include "lde/core/decision.hpp"
#include "lde/local_service/evaluate.hpp"
#include "lde/local_service/service.hpp"

#include <string>
#include <string_view>

namespace lde::io {

/// Parses a local-service object (it does not validate(): call local_service::validate()).
/// @p origin (a file name) is named in error messages.
/// @throws Error (parse_error, invalid_argument, invalid_date) whose field() is the JSON path
local_service::LocalService parse_local_service(std::string_view json, std::string_view origin = "local_service");

/// The local service as JSON (the format parse_local_service() reads).
std::string to_json(const local_service::LocalService& service);

/// The decision as a JSON object with the stable keys of docs/format.md (`may_execute`, `failing`,
/// `decision.missing`, `compensation.cap`, ...), plus `trace` and `receipt`.
std::string decision_json(const local_service::LocalServiceDecision& decision, const Trace& trace,
                          const Receipt& receipt);

}  // namespace lde::io
