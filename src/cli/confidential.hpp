// `lde evaluate --explain` for a confidential-section input (docs/cli.md).
#pragma once

#include "../io/internal.hpp"

#include <ostream>
#include <string>

namespace lde::cli {

/// Readable text for @p query on @p at: who has access, each person's answers and visible versions, the trace.
/// @throws Error as lde::confidential::evaluate_confidential()
void explain_confidential(std::ostream& os, const std::string& file, const io::detail::ConfidentialQuery& query, Date at);

}  // namespace lde::cli
