// The input bounds of include/lde/core/limits.hpp.
#include "lde/core/limits.hpp"

#include "lde/core/error.hpp"

namespace lde {

void check_text_size(std::size_t size) {
  if (size > kMaxJsonTextBytes) {
    throw Error(ErrorCode::out_of_range, std::string(kTextField),
                "the JSON text is " + std::to_string(size) + " bytes long; at most " + std::to_string(kMaxJsonTextBytes) +
                    " bytes (16 MiB) are accepted (lde::kMaxJsonTextBytes)");
  }
}

void check_name_size(std::string_view name, const std::string& field) {
  if (name.size() > kMaxNameBytes) {
    throw Error(ErrorCode::invalid_argument, field,
                "the name is " + std::to_string(name.size()) + " bytes long; names are at most " +
                    std::to_string(kMaxNameBytes) + " bytes (lde::kMaxNameBytes)");
  }
}

void check_threads(std::int64_t threads, const std::string& field) {
  if (threads < 0 || threads > kMaxThreads) {
    throw Error(ErrorCode::invalid_argument, field,
                "must lie in 0.." + std::to_string(kMaxThreads) + " (0: every core), got " + std::to_string(threads) +
                    " (lde::kMaxThreads)");
  }
}

bool is_valid_name(std::string_view name) noexcept {
  return name.size() <= kMaxNameBytes && is_valid_utf8(name) && name.find('\0') == std::string_view::npos &&
         name.find_first_not_of(" \t\r\n\v\f") != std::string_view::npos;
}

void check_name(std::string_view name, const std::string& field) {
  check_name_size(name, field);
  if (!is_valid_utf8(name)) {
    throw Error(ErrorCode::invalid_argument, field,
                "\"" + std::string(name) + "\" is not valid UTF-8 (every text lde accepts is UTF-8)");
  }
  if (name.find('\0') != std::string_view::npos) {
    throw Error(ErrorCode::invalid_argument, field,
                "\"" + std::string(name) +
                    "\" contains the NUL character \\u0000, which a name cannot hold (C strings end there)");
  }
  if (name.find_first_not_of(" \t\r\n\v\f") == std::string_view::npos) {
    throw Error(ErrorCode::invalid_argument, field, "\"" + std::string(name) + "\" is empty or only white space");
  }
}

}  // namespace lde
