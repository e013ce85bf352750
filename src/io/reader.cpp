// The one JSON reader of lde: the strict document parser (duplicate keys, exact numbers, depth,
// paths in errors) and the typed readers of values and objects (unknown keys with suggestions)
// that every document kind (src/io/*_json.cpp, cases.cpp) is read with. See docs/format.md.
#include "lde/io/json.hpp"

#include "lde/core/error.hpp"
#include "lde/core/limits.hpp"

#include "internal.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <set>
#include <string>
#include <vector>

namespace lde::io {

using json = nlohmann::ordered_json;
using ojson = nlohmann::ordered_json;

namespace detail {

std::string join(const std::string& path, std::string_view key) {
  if (path.empty()) return std::string(key);
  std::string out = path;
  out += '.';
  out += key;
  return out;
}

std::string index(const std::string& path, std::size_t i) { return path + "[" + std::to_string(i) + "]"; }

std::string with_origin(const std::string& message, std::string_view origin) {
  if (origin.empty()) return message;
  return message + " (in " + std::string(origin) + ")";
}

[[noreturn]] void fail(ErrorCode code, const std::string& path, std::string_view origin, const std::string& message) {
  throw Error(code, path, with_origin(message, origin));
}

std::string describe(const json& j) {
  if (j.is_null()) return "null";
  std::string text = j.dump();
  if (text.size() > 40) text = text.substr(0, 37) + "...";
  return std::string(j.type_name()) + " " + text;
}

namespace {

// Edit distance, for "did you mean" on unknown keys.
std::size_t distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, sub});
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

/// A decimal number's value as (negative, significant digits without leading/trailing zeros, exponent of the
/// last digit): "9.50" and "95e-1" both give (false, "95", -1). Zero gives (false, "", 0).
struct DecimalValue {
  bool negative = false;
  std::string digits;
  long exponent = 0;
  bool operator==(const DecimalValue&) const = default;
};

std::optional<DecimalValue> decimal_value(std::string_view s) {
  DecimalValue v;
  std::size_t i = 0;
  if (i < s.size() && (s[i] == '-' || s[i] == '+')) v.negative = s[i++] == '-';
  std::string digits;
  long exponent = 0;
  bool seen_digit = false;
  bool point = false;
  for (; i < s.size(); ++i) {
    const char c = s[i];
    if (c >= '0' && c <= '9') {
      seen_digit = true;
      digits += c;
      if (point) --exponent;
    } else if (c == '.' && !point) {
      point = true;
    } else {
      break;
    }
  }
  if (!seen_digit) return std::nullopt;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    bool neg = false;
    if (i < s.size() && (s[i] == '-' || s[i] == '+')) neg = s[i++] == '-';
    if (i == s.size()) return std::nullopt;
    long e = 0;
    for (; i < s.size(); ++i) {
      if (s[i] < '0' || s[i] > '9') return std::nullopt;
      if (e < 1000000) e = e * 10 + (s[i] - '0');
    }
    exponent += neg ? -e : e;
  }
  if (i != s.size()) return std::nullopt;
  const std::size_t lead = digits.find_first_not_of('0');
  if (lead == std::string::npos) return DecimalValue{};  // zero, whatever its sign
  digits.erase(0, lead);
  while (digits.back() == '0') {
    digits.pop_back();
    ++exponent;
  }
  v.digits = std::move(digits);
  v.exponent = exponent;
  return v;
}

/// @p text with each NUL character written as the JSON escape \u0000.
std::string escape_nul(const std::string& text) {
  std::string out;
  for (const char c : text) {
    if (c == '\0') {
      out += "\\u0000";
    } else {
      out += c;
    }
  }
  return out;
}

/// Builds the document with nlohmann's SAX parser: objects keep their keys in file order, a key that
/// appears twice is an error, nesting is capped at kMaxJsonDepth, and a JSON number is kept only when
/// its text says exactly the number that was stored (9.50000000000000000001 is not 9.5). Paths are
/// built only when an error is reported, from the key or index of each open container.
class DocumentBuilder {
 public:
  using number_integer_t = json::number_integer_t;
  using number_unsigned_t = json::number_unsigned_t;
  using number_float_t = json::number_float_t;
  using string_t = json::string_t;
  using binary_t = json::binary_t;

  DocumentBuilder(json& root, std::string_view text, std::string_view origin)
      : root_(root), text_(text), origin_(origin) {}

  bool null() { return value(nullptr); }
  bool boolean(bool v) { return value(v); }
  bool number_integer(number_integer_t v) { return value(v); }
  bool number_unsigned(number_unsigned_t v) { return value(v); }
  bool number_float(number_float_t v, const string_t& text) {
    const std::string stored = json(v).dump();
    const auto written = decimal_value(text);
    if (!std::isfinite(v) || !written || written != decimal_value(stored)) {
      fail(ErrorCode::parse_error, child_path(), origin_,
           "number " + text + " cannot be stored exactly (it would become " + stored +
               "); write the value as a string, e.g. \"" + text + "\"");
    }
    return value(v);
  }
  bool string(string_t& v) { return value(std::move(v)); }
  bool binary(binary_t& /*unused*/) { return value(nullptr); }

  bool start_object(std::size_t /*elements*/) { return open(json::object()); }
  bool start_array(std::size_t /*elements*/) { return open(json::array()); }
  bool end_object() { return close(); }
  bool end_array() { return close(); }

  bool key(string_t& k) {
    Frame& f = frames_.back();
    if (k.find('\0') != std::string::npos) {
      // Named in the path as the JSON text wrote it: a C string, a log line or a terminal would cut
      // the key at the NUL and leave an empty or partial field.
      const std::string shown = escape_nul(k);
      fail(ErrorCode::parse_error, path_with(frames_.size(), &shown), origin_,
           "the key \"" + shown + "\" contains the NUL character \\u0000, which no key of the format allows");
    }
    if (!f.keys.insert(k).second) {
      fail(ErrorCode::parse_error, path_with(frames_.size(), &k), origin_,
           "the key \"" + k + "\" appears twice in one object");
    }
    f.key = k;
    return true;
  }

  bool parse_error(std::size_t position, const std::string& token, const nlohmann::detail::exception& ex) {
    // 406: a number the parser itself refuses (1e400, -1e400: beyond a double). The value's path is
    // known here (its key has been read), so the error names it, with the line and column.
    constexpr int kNumberOverflow = 406;
    if (ex.id == kNumberOverflow) {
      fail(ErrorCode::parse_error, child_path(), origin_,
           "number " + token + " at " + line_column(position, token) +
               " is too large for a JSON number (it would become infinite); write the value as a string, e.g. \"" +
               token + "\"");
    }
    std::string what = ex.what();
    const auto close_bracket = what.find("] ");
    if (close_bracket != std::string::npos) what = what.substr(close_bracket + 2);
    if (what.rfind("parse error at ", 0) == 0) what = what.substr(15);
    fail(ErrorCode::parse_error, "", origin_, "malformed JSON at " + what);
  }

 private:
  struct Frame {
    json* container = nullptr;
    std::size_t count = 0;        // elements added so far (arrays)
    std::string key;              // the key being read (objects)
    std::set<std::string> keys;   // keys seen (objects)
  };

  /// The path of the first @p depth open containers, then @p key or the index of the next element.
  std::string path_with(std::size_t depth, const std::string* last_key) const {
    std::string out;
    for (std::size_t i = 0; i < depth; ++i) {
      const Frame& f = frames_[i];
      if (f.container->is_array()) {
        out = index(out, i + 1 == depth ? f.count : f.count - 1);  // inner frames: the element being built
      } else {
        out = join(out, i + 1 == depth && last_key != nullptr ? *last_key : f.key);
      }
    }
    return out;
  }
  std::string child_path() const { return path_with(frames_.size(), nullptr); }

  /// "line L, column C" (from 1, as nlohmann counts) where @p token starts; the parser has read the
  /// token and at most one character after it, so it starts at or before byte @p end - its length.
  std::string line_column(std::size_t end, const std::string& token) const {
    end = std::min(end, text_.size());
    std::size_t start = text_.rfind(token, end);
    if (start == std::string_view::npos) start = end >= token.size() ? end - token.size() : 0;
    std::size_t line = 1;
    std::size_t column = 1;
    for (std::size_t i = 0; i < start; ++i) {
      if (text_[i] == '\n') {
        ++line;
        column = 1;
      } else {
        ++column;
      }
    }
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
  }

  json* place(json&& v) {
    if (frames_.empty()) {
      root_ = std::move(v);
      return &root_;
    }
    Frame& f = frames_.back();
    if (f.container->is_array()) {
      ++f.count;
      f.container->push_back(std::move(v));
      return &f.container->back();
    }
    // Keys are unique (checked in key()): append without the ordered map's linear search.
    auto& members = f.container->get_ref<json::object_t&>();
    members.emplace_back(f.key, std::move(v));
    return &members.back().second;
  }
  bool value(json&& v) {
    place(std::move(v));
    return true;
  }
  bool open(json&& container) {
    if (frames_.size() >= kMaxJsonDepth) {
      fail(ErrorCode::parse_error, child_path(), origin_,
           "the JSON is nested more than " + std::to_string(kMaxJsonDepth) + " levels deep");
    }
    json* at = place(std::move(container));
    Frame f;
    f.container = at;
    frames_.push_back(std::move(f));
    return true;
  }
  bool close() {
    frames_.pop_back();
    return true;
  }

  json& root_;
  std::string_view text_;
  std::string_view origin_;
  std::vector<Frame> frames_;
};

}  // namespace

std::string closest(std::string_view key, const std::vector<std::string_view>& allowed) {
  std::string_view best;
  std::size_t best_distance = 3;
  for (std::string_view a : allowed) {
    const std::size_t d = distance(key, a);
    if (d < best_distance) {
      best_distance = d;
      best = a;
    }
  }
  return std::string(best);
}

json parse_document(std::string_view text, std::string_view origin) {
  check_text_size(text.size());  // lde/core/limits.hpp: before any work on the text
  json doc;
  DocumentBuilder builder(doc, text, origin);
  json::sax_parse(text.begin(), text.end(), &builder);
  return doc;
}

Reader::Reader(const json& j, std::string path, std::string_view origin, std::vector<std::string_view> allowed)
    : j_(j), path_(std::move(path)), origin_(origin) {
  if (!j.is_object()) fail(ErrorCode::invalid_argument, path_, origin_, "expected an object, got " + describe(j));
  // Every unknown key, in file order (the document keeps it), each with a suggestion when one is close.
  std::string first_path;
  std::string message;
  std::size_t unknown = 0;
  bool unexplained = false;
  constexpr std::size_t kListed = 10;
  for (const auto& item : j.items()) {
    const std::string& key = item.key();
    if (std::find(allowed.begin(), allowed.end(), key) != allowed.end()) continue;
    // An empty key names itself as "" (two quotes), so that the error always names a field.
    if (unknown == 0) first_path = join(path_, key.empty() ? std::string_view("\"\"") : std::string_view(key));
    ++unknown;
    if (unknown > kListed) continue;
    const std::string best = closest(key, allowed);
    message += unknown == 1 ? "unknown key \"" + key + "\"" : (unknown == 2 ? "; also unknown: \"" : ", \"") + key + "\"";
    if (!best.empty()) {
      message += " (did you mean \"" + best + "\"?)";
    } else {
      unexplained = true;
    }
  }
  if (unknown == 0) return;
  if (unknown > kListed) message += " and " + std::to_string(unknown - kListed) + " more";
  if (unexplained) {
    message += "; allowed keys:";
    bool first = true;
    for (std::string_view a : allowed) {
      message += (first ? " " : ", ") + std::string(a);
      first = false;
    }
  }
  fail(ErrorCode::invalid_argument, first_path, origin_, message);
}

const json* Reader::optional(std::string_view key) const {
  auto it = j_.find(std::string(key));
  if (it == j_.end()) return nullptr;
  return &*it;
}

const json* Reader::optional_nonnull(std::string_view key) const {
  const json* v = optional(key);
  return (v == nullptr || v->is_null()) ? nullptr : v;
}

const json& Reader::required(std::string_view key) const {
  const json* v = optional(key);
  if (v == nullptr) fail(ErrorCode::invalid_argument, join(path_, key), origin_, "required field is missing");
  return *v;
}

std::string Reader::path(std::string_view key) const { return join(path_, key); }

std::string as_string(const json& j, const std::string& path, std::string_view origin) {
  if (!j.is_string()) fail(ErrorCode::invalid_argument, path, origin, "expected a string, got " + describe(j));
  return j.get<std::string>();
}

std::string as_text(const json& j, const std::string& path, std::string_view origin) {
  std::string s = as_string(j, path, origin);
  if (s.find_first_not_of(" \t\r\n\v\f") == std::string::npos) {
    fail(ErrorCode::invalid_argument, path, origin, "must not be empty, got " + describe(j));
  }
  return s;
}

std::string as_name(const json& j, const std::string& path, std::string_view origin) {
  std::string s = as_string(j, path, origin);
  if (s.find_first_not_of(" \t\r\n\v\f") == std::string::npos) {
    fail(ErrorCode::invalid_argument, path, origin, "must not be empty, got " + describe(j));
  }
  try {
    check_name(s, path);  // the name check of validate() and the C setters, lde/core/limits.hpp
  } catch (const Error& e) {
    fail(e.code(), path, origin, e.message());
  }
  return s;
}

Date as_date(const json& j, const std::string& path, std::string_view origin) {
  if (!j.is_string()) {
    fail(ErrorCode::invalid_argument, path, origin, "expected a date \"YYYY-MM-DD\", got " + describe(j));
  }
  try {
    return Date::parse(j.get<std::string>(), path);
  } catch (const Error& e) {
    fail(e.code(), path, origin, e.message());
  }
}

std::optional<Date> as_optional_date(const json* j, const std::string& path, std::string_view origin) {
  if (j == nullptr || j->is_null()) return std::nullopt;
  return as_date(*j, path, origin);
}

bool as_bool(const json& j, const std::string& path, std::string_view origin) {
  if (!j.is_boolean()) fail(ErrorCode::invalid_argument, path, origin, "expected true or false, got " + describe(j));
  return j.get<bool>();
}

std::int64_t as_integer(const json& j, const std::string& path, std::string_view origin) {
  if (j.is_number_integer()) return j.get<std::int64_t>();
  if (j.is_number_unsigned()) {
    const auto u = j.get<std::uint64_t>();
    if (u > static_cast<std::uint64_t>(INT64_MAX)) fail(ErrorCode::invalid_argument, path, origin, "number too large");
    return static_cast<std::int64_t>(u);
  }
  if (j.is_number_float()) {
    const double d = j.get<double>();
    if (std::isfinite(d) && std::trunc(d) == d && std::fabs(d) < 9.0e15) return static_cast<std::int64_t>(d);
    fail(ErrorCode::invalid_argument, path, origin, "expected a whole number, got " + describe(j));
  }
  fail(ErrorCode::invalid_argument, path, origin, "expected a whole number, got " + describe(j));
}

int as_int(const json& j, const std::string& path, std::string_view origin) {
  const std::int64_t v = as_integer(j, path, origin);
  if (v < INT32_MIN || v > INT32_MAX) fail(ErrorCode::invalid_argument, path, origin, "number " + j.dump() + " is out of range");
  return static_cast<int>(v);
}

std::string decimal_text(const json& j, const std::string& path, std::string_view origin) {
  if (j.is_string()) return j.get<std::string>();
  if (j.is_number_integer() || j.is_number_unsigned()) return j.dump();
  if (j.is_number_float()) {
    std::string s = j.dump();  // shortest text that reads back as the same double
    if (s.find_first_of("eE") != std::string::npos || !std::isfinite(j.get<double>())) {
      fail(ErrorCode::parse_error, path, origin, "number " + s + " is not an exact decimal; write it as a string");
    }
    return s;
  }
  fail(ErrorCode::invalid_argument, path, origin, "expected a decimal string such as \"9.50\", got " + describe(j));
}

Money as_money(const json& j, const std::string& path, std::string_view origin) {
  const std::string text = decimal_text(j, path, origin);
  try {
    return Money::parse(text, path);
  } catch (const Error& e) {
    fail(e.code(), path, origin, e.message());
  }
}

Fte as_fte(const json& j, const std::string& path, std::string_view origin) {
  const std::string text = decimal_text(j, path, origin);
  try {
    return Fte::parse(text, path);
  } catch (const Error& e) {
    fail(e.code(), path, origin, e.message());
  }
}

const json& as_array(const json& j, const std::string& path, std::string_view origin) {
  if (!j.is_array()) fail(ErrorCode::invalid_argument, path, origin, "expected an array, got " + describe(j));
  return j;
}

const json& as_object(const json& j, const std::string& path, std::string_view origin) {
  if (!j.is_object()) fail(ErrorCode::invalid_argument, path, origin, "expected an object, got " + describe(j));
  return j;
}

}  // namespace detail

}  // namespace lde::io
