#include "lde/core/error.hpp"

#include <cstddef>
#include <cstdint>

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

/// Length of the well-formed UTF-8 sequence at @p s[i] (no overlong forms, surrogates or values
/// above U+10FFFF), or 0 when the byte there does not start one.
std::size_t sequence_length(std::string_view s, std::size_t i) noexcept {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return 1;
  std::size_t n = 0;
  std::uint32_t cp = 0;
  if ((c & 0xE0) == 0xC0) {
    n = 2;
    cp = c & 0x1Fu;
  } else if ((c & 0xF0) == 0xE0) {
    n = 3;
    cp = c & 0x0Fu;
  } else if ((c & 0xF8) == 0xF0) {
    n = 4;
    cp = c & 0x07u;
  } else {
    return 0;
  }
  if (i + n > s.size()) return 0;
  for (std::size_t k = 1; k < n; ++k) {
    const auto d = static_cast<unsigned char>(s[i + k]);
    if ((d & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (d & 0x3Fu);
  }
  if ((n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) || cp > 0x10FFFF ||
      (cp >= 0xD800 && cp <= 0xDFFF)) {
    return 0;
  }
  return n;
}

/// @p text as every front end can show it: valid UTF-8 without NUL bytes. An error message or
/// field quotes the input, which may hold anything; a byte that is not UTF-8 becomes `\xFF` and a
/// NUL `\u0000` (as JSON writes it), so C strings are not cut and Python can decode them.
std::string printable(std::string text) {
  bool clean = true;
  for (std::size_t i = 0; i < text.size() && clean;) {
    const std::size_t n = sequence_length(text, i);
    clean = n != 0 && text[i] != '\0';
    i += n;
  }
  if (clean) return text;
  std::string out;
  out.reserve(text.size() + 16);
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t n = sequence_length(text, i);
    if (n == 0) {
      static constexpr char kHex[] = "0123456789ABCDEF";
      const auto c = static_cast<unsigned char>(text[i]);
      out += "\\x";
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
      ++i;
    } else if (text[i] == '\0') {
      out += "\\u0000";
      ++i;
    } else {
      out.append(text, i, n);
      i += n;
    }
  }
  return out;
}

std::string compose(const std::string& field, const std::string& message) {
  return field.empty() ? message : field + ": " + message;
}
}  // namespace

// Field and message are made printable (valid UTF-8, no NUL) here, once, for every front end.
Error::Error(ErrorCode code, std::string field, const std::string& message)
    : std::runtime_error(compose(printable(field), printable(message))),
      code_(code),
      field_(printable(std::move(field))),
      message_(printable(message)) {}

bool is_valid_utf8(std::string_view text) noexcept {
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t n = sequence_length(text, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

void throw_invalid(std::string field, const std::string& message) {
  throw Error(ErrorCode::invalid_argument, std::move(field), message);
}

}  // namespace lde
