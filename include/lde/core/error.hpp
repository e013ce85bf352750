/// @file error.hpp
/// @brief The one exception family of lde: every error names the field and the value.
///
/// Every front end maps these codes one to one: the C ABI to `lde_status`,
/// Python to subclasses of `lde.Error`, the `lde` command to exit code 2.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

namespace lde {

/// What kind of problem an input or a request has.
enum class ErrorCode {
  invalid_argument,  ///< A value that is not allowed (negative length, fraction above 1, unknown enum text).
  invalid_date,      ///< A date that does not exist or a period that ends before it starts.
  out_of_range,      ///< A valid value outside what the rules cover (a date before a parameter's first value).
  conflict,          ///< Inputs that contradict each other (two rights in force on one day, I-6).
  parse_error,       ///< Malformed text (JSON, dates, decimals).
  not_found,         ///< A name that does not exist (unknown parameter).
  internal           ///< A bug in lde; please report it.
};

/// The stable lowercase name of an error code ("invalid_date", ...).
std::string_view to_string(ErrorCode code) noexcept;

/// Base class of every exception lde throws.
///
/// `field()` names the input field (a dotted path such as `absences[2].last_day`
/// or a parameter name); `what()` is one line for a person that includes it.
/// Field and message are always valid UTF-8 without NUL bytes, whatever input they quote: a byte
/// that is not UTF-8 is written `\xFF`, a NUL `\u0000` (so every front end can show them).
class Error : public std::runtime_error {
 public:
  /// @param code  the kind of error
  /// @param field the field or parameter that is wrong (may be empty)
  /// @param message what is wrong, in one sentence
  Error(ErrorCode code, std::string field, const std::string& message);

  /// The kind of error.
  ErrorCode code() const noexcept { return code_; }
  /// The input field or parameter name the error is about.
  const std::string& field() const noexcept { return field_; }
  /// The message without the field prefix.
  const std::string& message() const noexcept { return message_; }

 private:
  ErrorCode code_;
  std::string field_;
  std::string message_;
};

/// True when @p text is well-formed UTF-8 (no overlong forms, surrogates or values above U+10FFFF).
/// Every text lde accepts is valid UTF-8: the JSON reader and the name checks (lde/core/limits.hpp)
/// refuse anything else, so the writers and every front end can show what they were given.
bool is_valid_utf8(std::string_view text) noexcept;

/// Throws `Error(ErrorCode::invalid_argument, field, message)`.
[[noreturn]] void throw_invalid(std::string field, const std::string& message);

}  // namespace lde
