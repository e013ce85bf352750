#include "lde/core/error.hpp"

namespace lde {

std::string_view to_string(ErrorCode code) noexcept {
  switch (code) {
    case ErrorCode::invalid_argument: return "invalid_argument";
    case ErrorCode::invalid_date: return "invalid_date";
    case ErrorCode::out_of_range: return "out_of_range";
    case ErrorCode::conflict: return "conflict";
    case ErrorCode::parse_error: return "parse_error";
    case ErrorCode::not_found: return "not_found";
    case ErrorCode::internal: return "internal";
  }
  return "internal";
}

namespace {
std::string compose(const std::string& field, const std::string& message) {
  return field.empty() ? message : field + ": " + message;
}
}  // namespace

Error::Error(ErrorCode code, std::string field, const std::string& message)
    : std::runtime_error(compose(field, message)), code_(code), field_(std::move(field)), message_(message) {}

void throw_invalid(std::string field, const std::string& message) {
  throw Error(ErrorCode::invalid_argument, std::move(field), message);
}

}  // namespace lde
