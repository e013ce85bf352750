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

}  // namespace lde
