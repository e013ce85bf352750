// `lde evaluate --explain` for a local-service input (docs/cli.md).
#pragma once

#include "lde/core/parameters.hpp"
#include "lde/local_service/service.hpp"

#include <ostream>
#include <string>

namespace lde::cli {

/// Readable text for @p service on @p at: may it be executed, each condition with its rule, the amounts, the trace.
/// @throws Error as lde::local_service::evaluate_local_service()
void explain_local_service(std::ostream& os, const std::string& file, const local_service::LocalService& service, Date at,
                           const ParameterSet& params);

}  // namespace lde::cli
