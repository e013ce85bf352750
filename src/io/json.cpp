// The language-neutral JSON format: dossiers, enterprises, decisions, cases.
// See docs/format.md and docs/schema/. Every error names the JSON path.
#include "lde/io/json.hpp"

#include "lde/core/error.hpp"
#include "lde/worker/status.hpp"
#include "lde/enterprise/year.hpp"

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
    if (unknown == 0) first_path = join(path_, key);
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

std::string as_name(const json& j, const std::string& path, std::string_view origin) {
  std::string s = as_string(j, path, origin);
  if (s.find_first_not_of(" \t\r\n\v\f") == std::string::npos) {
    fail(ErrorCode::invalid_argument, path, origin, "must not be empty, got " + describe(j));
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

// Re-throws an Error from a library parser (enum names) with the JSON path and origin.
template <class F>
auto relabel(const std::string& path, std::string_view origin, F&& f) -> decltype(f()) {
  try {
    return f();
  } catch (const Error& e) {
    fail(e.code(), path, origin, e.message());
  }
}

WorkerDossier worker_from(const json& j, const std::string& root, std::string_view origin) {
  Reader r(j, root, origin,
           {"birth_date", "rights", "employment", "absences", "competence_extensions", "doorstroom"});
  WorkerDossier d{as_date(r.required("birth_date"), r.path("birth_date"), origin), {}, {}, {}, {}, std::nullopt};

  if (const json* rights = r.optional_nonnull("rights")) {
    const std::string p = r.path("rights");
    const json& arr = as_array(*rights, p, origin);
    for (std::size_t i = 0; i < arr.size(); ++i) {
      const std::string ip = index(p, i);
      Reader g(arr[i], ip, origin, {"kind", "granted"});
      const std::string kind = as_name(g.required("kind"), g.path("kind"), origin);
      const RightKind k = relabel(g.path("kind"), origin, [&] { return parse_right_kind(kind, g.path("kind")); });
      d.rights.push_back({k, as_date(g.required("granted"), g.path("granted"), origin)});
    }
  }
  if (const json* employment = r.optional_nonnull("employment")) {
    const std::string p = r.path("employment");
    const json& arr = as_array(*employment, p, origin);
    for (std::size_t i = 0; i < arr.size(); ++i) {
      const std::string ip = index(p, i);
      Reader e(arr[i], ip, origin,
               {"employer", "first_day", "last_day", "employer_recognised", "employer_contingent_fte",
                "employer_in_brussels"});
      Employment emp{as_name(e.required("employer"), e.path("employer"), origin),
                     as_date(e.required("first_day"), e.path("first_day"), origin),
                     as_optional_date(e.optional("last_day"), e.path("last_day"), origin),
                     true,
                     Fte::from_units(Fte::kScale),
                     false};
      if (const json* v = e.optional_nonnull("employer_recognised")) {
        emp.employer_recognised = as_bool(*v, e.path("employer_recognised"), origin);
      }
      if (const json* v = e.optional_nonnull("employer_contingent_fte")) {
        emp.employer_contingent_fte = as_fte(*v, e.path("employer_contingent_fte"), origin);
      }
      if (const json* v = e.optional_nonnull("employer_in_brussels")) {
        emp.employer_in_brussels = as_bool(*v, e.path("employer_in_brussels"), origin);
      }
      d.employment.push_back(std::move(emp));
    }
  }
  if (const json* absences = r.optional_nonnull("absences")) {
    const std::string p = r.path("absences");
    const json& arr = as_array(*absences, p, origin);
    for (std::size_t i = 0; i < arr.size(); ++i) {
      const std::string ip = index(p, i);
      Reader a(arr[i], ip, origin, {"first_day", "last_day", "reason"});
      const Date first = as_date(a.required("first_day"), a.path("first_day"), origin);
      const Date last = as_date(a.required("last_day"), a.path("last_day"), origin);
      const std::string reason = as_name(a.required("reason"), a.path("reason"), origin);
      const AbsenceReason why =
          relabel(a.path("reason"), origin, [&] { return parse_absence_reason(reason, a.path("reason")); });
      d.absences.push_back({first, last, why});
    }
  }
  if (const json* ext = r.optional_nonnull("competence_extensions")) {
    const std::string p = r.path("competence_extensions");
    const json& arr = as_array(*ext, p, origin);
    for (std::size_t i = 0; i < arr.size(); ++i) {
      const std::string ip = index(p, i);
      Reader c(arr[i], ip, origin, {"months", "approved"});
      const int months = as_int(c.required("months"), c.path("months"), origin);
      d.competence_extensions.push_back({months, as_date(c.required("approved"), c.path("approved"), origin)});
    }
  }
  if (const json* ds = r.optional_nonnull("doorstroom")) {
    const std::string p = r.path("doorstroom");
    Reader t(*ds, p, origin, {"first_day", "last_day", "external_job_found", "non_cooperation"});
    Doorstroom door{as_date(t.required("first_day"), t.path("first_day"), origin),
                    as_date(t.required("last_day"), t.path("last_day"), origin),
                    as_optional_date(t.optional("external_job_found"), t.path("external_job_found"), origin),
                    {}};
    if (const json* nc = t.optional_nonnull("non_cooperation")) {
      const std::string np = t.path("non_cooperation");
      const json& arr = as_array(*nc, np, origin);
      for (std::size_t i = 0; i < arr.size(); ++i) {
        const std::string ip = index(np, i);
        Reader q(arr[i], ip, origin, {"first_day", "last_day"});
        const Date first = as_date(q.required("first_day"), q.path("first_day"), origin);
        const Date last = as_date(q.required("last_day"), q.path("last_day"), origin);
        if (last < first) {
          fail(ErrorCode::invalid_date, q.path("last_day"), origin,
               "last day " + last.iso() + " is before the first day " + first.iso());
        }
        door.non_cooperation.emplace_back(first, last, ip);
      }
    }
    d.doorstroom = std::move(door);
  }
  return d;
}

Enterprise enterprise_from(const json& j, const std::string& root, std::string_view origin) {
  Reader r(j, root, origin,
           {"allocation_number", "legal_form", "seat", "other_activities", "sui_generis_division",
            "separate_bookkeeping", "subcontracting", "enclave_work", "converted", "allocation_date", "contingent",
            "transition_amounts", "hires", "dmfa"});
  Enterprise e;
  e.allocation_number = as_name(r.required("allocation_number"), r.path("allocation_number"), origin);
  e.legal_form_text = as_name(r.required("legal_form"), r.path("legal_form"), origin);
  e.legal_form = parse_legal_form(e.legal_form_text);
  if (const json* v = r.optional_nonnull("seat")) {
    const std::string seat = as_name(*v, r.path("seat"), origin);
    e.seat = relabel(r.path("seat"), origin, [&] { return parse_seat(seat, r.path("seat")); });
  }
  if (const json* v = r.optional_nonnull("other_activities")) {
    const std::string oa = as_name(*v, r.path("other_activities"), origin);
    e.other_activities =
        relabel(r.path("other_activities"), origin, [&] { return parse_other_activities(oa, r.path("other_activities")); });
  }
  auto flag = [&](std::string_view key, bool& out) {
    if (const json* v = r.optional_nonnull(key)) out = as_bool(*v, r.path(key), origin);
  };
  flag("sui_generis_division", e.sui_generis_division);
  flag("separate_bookkeeping", e.separate_bookkeeping);
  flag("subcontracting", e.subcontracting);
  flag("enclave_work", e.enclave_work);
  flag("converted", e.converted);
  e.allocation_date = as_optional_date(r.optional("allocation_date"), r.path("allocation_date"), origin);

  if (const json* c = r.optional_nonnull("contingent")) {
    const std::string p = r.path("contingent");
    const json& arr = as_array(*c, p, origin);
    for (std::size_t i = 0; i < arr.size(); ++i) {
      const std::string ip = index(p, i);
      Reader g(arr[i], ip, origin, {"from", "fte"});
      e.contingent.push_back({as_date(g.required("from"), g.path("from"), origin),
                              as_fte(g.required("fte"), g.path("fte"), origin)});
    }
  }
  if (const json* t = r.optional_nonnull("transition_amounts")) {
    const std::string p = r.path("transition_amounts");
    for (const auto& item : as_object(*t, p, origin).items()) {
      const std::string ip = join(p, item.key());
      const std::string& key = item.key();
      const bool digits = key.size() == 4 && std::all_of(key.begin(), key.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
      if (!digits) fail(ErrorCode::parse_error, ip, origin, "expected a year \"YYYY\" as key, got \"" + key + "\"");
      e.transition_amounts[std::stoi(key)] = as_money(item.value(), ip, origin);
    }
  }
  if (const json* h = r.optional_nonnull("hires")) {
    const std::string p = r.path("hires");
    for (const auto& item : as_object(*h, p, origin).items()) {
      const std::string ip = join(p, item.key());
      const Month m = relabel(ip, origin, [&] { return Month::parse(item.key(), ip); });
      if (!item.value().is_array()) {
        e.hires[m] = as_fte(item.value(), ip, origin);
        continue;
      }
      // The month's hires one by one: their contractual fractions, in [0, 1] (I-14, I-20).
      const json& arr = item.value();
      std::vector<Fte> fractions;
      fractions.reserve(arr.size());
      for (std::size_t i = 0; i < arr.size(); ++i) fractions.push_back(as_fte(arr[i], index(ip, i), origin));
      try {
        (void)sum_hire_fractions(fractions, ip);  // names ip[i] for a fraction above 1, ip for the sum
      } catch (const Error& err) {
        fail(err.code(), err.field(), origin, err.message());
      }
      e.hire_fractions[m] = std::move(fractions);
    }
  }
  if (const json* dm = r.optional_nonnull("dmfa")) {
    const std::string p = r.path("dmfa");
    for (const auto& item : as_object(*dm, p, origin).items()) {
      const std::string qp = join(p, item.key());
      const Quarter q = relabel(qp, origin, [&] { return Quarter::parse(item.key(), qp); });
      const json& arr = as_array(item.value(), qp, origin);
      std::vector<DmfaLine> lines;
      for (std::size_t i = 0; i < arr.size(); ++i) {
        const std::string ip = index(qp, i);
        Reader l(arr[i], ip, origin, {"worker", "fraction", "reference_wage_cost_positive"});
        DmfaLine line{as_name(l.required("worker"), l.path("worker"), origin),
                      as_fte(l.required("fraction"), l.path("fraction"), origin), true};
        if (const json* v = l.optional_nonnull("reference_wage_cost_positive")) {
          line.reference_wage_cost_positive = as_bool(*v, l.path("reference_wage_cost_positive"), origin);
        }
        lines.push_back(std::move(line));
      }
      e.dmfa[q] = std::move(lines);
    }
  }
  return e;
}

// ------------------------------------------------------------------ output

namespace {

ojson date_or_null(const std::optional<Date>& d) { return d ? ojson(d->iso()) : ojson(nullptr); }

}  // namespace

ojson worker_to(const WorkerDossier& d) {
  ojson out = ojson::object();
  out["birth_date"] = d.birth_date.iso();
  out["rights"] = ojson::array();
  for (const RightGrant& g : d.rights) out["rights"].push_back({{"kind", to_string(g.kind)}, {"granted", g.granted.iso()}});
  out["employment"] = ojson::array();
  for (const Employment& e : d.employment) {
    out["employment"].push_back({{"employer", e.employer},
                                 {"first_day", e.first_day.iso()},
                                 {"last_day", date_or_null(e.last_day)},
                                 {"employer_recognised", e.employer_recognised},
                                 {"employer_contingent_fte", e.employer_contingent_fte.to_string()},
                                 {"employer_in_brussels", e.employer_in_brussels}});
  }
  out["absences"] = ojson::array();
  for (const Absence& a : d.absences) {
    out["absences"].push_back(
        {{"first_day", a.first_day.iso()}, {"last_day", a.last_day.iso()}, {"reason", to_string(a.reason)}});
  }
  out["competence_extensions"] = ojson::array();
  for (const CompetenceExtension& c : d.competence_extensions) {
    out["competence_extensions"].push_back({{"months", c.months}, {"approved", c.approved.iso()}});
  }
  if (d.doorstroom) {
    ojson ds = ojson::object();
    ds["first_day"] = d.doorstroom->first_day.iso();
    ds["last_day"] = d.doorstroom->last_day.iso();
    ds["external_job_found"] = date_or_null(d.doorstroom->external_job_found);
    ds["non_cooperation"] = ojson::array();
    for (const Period& p : d.doorstroom->non_cooperation) {
      ds["non_cooperation"].push_back({{"first_day", p.first().iso()}, {"last_day", p.last().iso()}});
    }
    out["doorstroom"] = ds;
  } else {
    out["doorstroom"] = nullptr;
  }
  return out;
}

ojson enterprise_to(const Enterprise& e) {
  ojson out = ojson::object();
  out["allocation_number"] = e.allocation_number;
  out["legal_form"] = e.legal_form == LegalForm::other && !e.legal_form_text.empty() ? e.legal_form_text
                                                                                     : std::string(to_string(e.legal_form));
  out["seat"] = to_string(e.seat);
  out["other_activities"] = to_string(e.other_activities);
  out["sui_generis_division"] = e.sui_generis_division;
  out["separate_bookkeeping"] = e.separate_bookkeeping;
  out["subcontracting"] = e.subcontracting;
  out["enclave_work"] = e.enclave_work;
  out["converted"] = e.converted;
  out["allocation_date"] = date_or_null(e.allocation_date);
  out["contingent"] = ojson::array();
  for (const ContingentChange& c : e.contingent) {
    out["contingent"].push_back({{"from", c.from.iso()}, {"fte", c.fte.to_string()}});
  }
  out["transition_amounts"] = ojson::object();
  for (const auto& [year, amount] : e.transition_amounts) out["transition_amounts"][std::to_string(year)] = amount.to_string();
  out["hires"] = ojson::object();
  // Each month in the form it was given: a total, or the list of the hires' fractions. The two maps
  // are merged in month order.
  auto total = e.hires.begin();
  auto list = e.hire_fractions.begin();
  while (total != e.hires.end() || list != e.hire_fractions.end()) {
    if (list == e.hire_fractions.end() || (total != e.hires.end() && total->first < list->first)) {
      out["hires"][total->first.iso()] = total->second.to_string();
      ++total;
    } else {
      ojson arr = ojson::array();
      for (const Fte& f : list->second) arr.push_back(f.to_string());
      out["hires"][list->first.iso()] = arr;  // a month also given as a total (invalid) keeps the list
      if (total != e.hires.end() && total->first == list->first) ++total;
      ++list;
    }
  }
  out["dmfa"] = ojson::object();
  for (const auto& [quarter, lines] : e.dmfa) {
    ojson arr = ojson::array();
    for (const DmfaLine& l : lines) {
      arr.push_back({{"worker", l.worker},
                     {"fraction", l.fraction.to_string()},
                     {"reference_wage_cost_positive", l.reference_wage_cost_positive}});
    }
    out["dmfa"][quarter.iso()] = arr;
  }
  return out;
}

ojson trace_and_receipt(ojson out, const Trace& trace, const Receipt& receipt) {
  out["trace"] = ojson::parse(trace.to_json());
  out["receipt"] = {{"library_version", receipt.library_version},
                    {"parameters_fingerprint", receipt.parameters_fingerprint}};
  return out;
}

ojson worker_decision(const WorkerStatus& s) {
  ojson out = ojson::object();
  out["kind"] = "worker";
  out["at"] = s.at.iso();
  out["right"] = {{"kind", s.right.kind ? std::string(to_string(*s.right.kind)) : std::string("none")},
                  {"valid", s.right.valid},
                  {"granted", date_or_null(s.right.granted)},
                  {"last_day", date_or_null(s.right.last_day)}};
  if (s.hiring) {
    out["hiring"] = {{"eligible", s.hiring->eligible}, {"failing", s.hiring->failing}};
  } else {
    out["hiring"] = nullptr;
  }
  if (s.trajectory) {
    const Trajectory& t = *s.trajectory;
    ojson absences = ojson::array();
    for (const AbsenceJudgement& a : t.absences) {
      absences.push_back({{"first_day", a.period.first().iso()},
                          {"last_day", a.period.last().iso()},
                          {"qualifies", a.qualifies},
                          {"counted_days", a.counted_days},
                          {"reason", a.reason}});
    }
    out["trajectory"] = {{"first_day", t.first_day.iso()},
                         {"original_last_day", t.original_last_day.iso()},
                         {"last_day", t.last_day.iso()},
                         {"absence_extension_days", t.absence_extension_days},
                         {"competence_extension_months", t.competence_extension_months},
                         {"competence_requested_months", t.competence_requested_months},
                         {"absences", absences}};
  } else {
    out["trajectory"] = nullptr;
  }
  out["continuation"] = to_string(s.continuation.kind);
  out["continuation_detail"] = {
      {"from", date_or_null(s.continuation.from)},
      {"decisive_date", date_or_null(s.continuation.decisive_date)},
      {"age_at_decisive_date",
       s.continuation.age_at_decisive_date ? ojson(*s.continuation.age_at_decisive_date) : ojson(nullptr)}};
  out["status"] = {{"in_trajectory", s.in_trajectory},
                   {"in_continuation", s.in_continuation},
                   {"compensated", s.compensated}};
  return out;
}

ojson enterprise_decision(const EnterpriseYear& y) {
  ojson out = ojson::object();
  out["kind"] = "enterprise";
  out["year"] = y.year;
  ojson advances = ojson::object();
  ojson references = ojson::object();
  for (const MonthlyAdvance& a : y.schedule.advances) {
    advances[a.month.iso()] = a.amount.to_string();
    references[a.month.iso()] = a.payment_reference;
  }
  ojson rights = ojson::object();
  ojson settlements = ojson::object();
  for (const QuarterlySettlement& q : y.schedule.settlements) {
    rights[q.quarter.iso()] = q.right.to_string();
    settlements[q.quarter.iso()] = q.settlement.to_string();
    references[q.quarter.iso()] = q.payment_reference;
  }
  out["advances"] = advances;
  out["quarter_rights"] = rights;
  out["settlements"] = settlements;
  out["totals"] = {{"advances", y.schedule.total_advances.to_string()},
                   {"settlements", y.schedule.total_settlements.to_string()},
                   {"rights", y.schedule.total_rights.to_string()}};
  out["payment_references"] = references;
  ojson qfte = ojson::array();
  for (const Fte& f : y.scale.quarter_fte) qfte.push_back(f.to_string());
  out["scale"] = {{"average_fte", y.scale.average_fte.to_string()},
                  {"minimum", y.scale.minimum.to_string()},
                  {"compliant", y.scale.compliant},
                  {"applies", y.scale.applies},
                  {"must_comply_from", date_or_null(y.scale.must_comply_from)},
                  {"quarter_fte", qfte},
                  {"label_may_be_withdrawn", y.scale.label_may_be_withdrawn}};
  const OccupancyResult& o = y.occupancy;
  ojson qocc = ojson::array();
  for (const Percent& p : o.quarter_occupancy) qocc.push_back(p.to_string());
  out["occupancy"] = {{"measured_year", o.measured_year},
                      {"measured_in", o.measured_in.iso()},
                      {"rate", o.rate.to_string()},
                      {"minimum", o.minimum.to_string()},
                      {"quarter_occupancy", qocc},
                      {"quarters_counted", o.quarters_counted},
                      {"contingent_before", o.contingent_before.to_string()},
                      {"contingent_after", o.contingent_after.to_string()},
                      {"reduction", o.reduction.to_string()},
                      {"reduced", o.reduced},
                      {"measurable", o.measurable}};
  if (y.transition) {
    out["transition"] = {{"first_day", y.transition->first_day.iso()},
                         {"last_day", y.transition->last_day.iso()},
                         {"conditions_from", y.transition->conditions_from.iso()}};
  } else {
    out["transition"] = nullptr;
  }
  out["conditions"] = {{"met", y.conditions.met},
                       {"failing", y.conditions.failing},
                       {"applies", y.conditions.applies},
                       {"apply_from", date_or_null(y.conditions.apply_from)},
                       {"label_may_be_withdrawn", y.conditions.label_may_be_withdrawn}};
  if (y.report) {
    out["sustainability_report"] = {{"working_year", y.report->working_year}, {"due", y.report->due.iso()}};
  } else {
    out["sustainability_report"] = nullptr;
  }
  out["pop_required"] = y.pop_required;
  ojson pop_workers = ojson::array();
  for (const PopObligation& p : y.pop_workers) {
    ojson quarters = ojson::array();
    for (const Quarter& q : p.quarters) quarters.push_back(q.iso());
    pop_workers.push_back({{"worker", p.worker}, {"quarters", quarters}, {"required", p.required}});
  }
  out["pop_workers"] = pop_workers;
  return out;
}

namespace {

bool starts_with_any(const std::string& field, std::initializer_list<std::string_view> keys) {
  for (std::string_view k : keys) {
    if (field.rfind(k, 0) == 0 &&
        (field.size() == k.size() || field[k.size()] == '.' || field[k.size()] == '[')) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::string prefix_field(const std::string& prefix, const std::string& field, bool worker) {
  const bool ours = worker ? starts_with_any(field, {"birth_date", "rights", "employment", "absences",
                                                     "competence_extensions", "doorstroom"})
                           : starts_with_any(field, {"allocation_number", "legal_form", "seat", "other_activities",
                                                     "sui_generis_division", "separate_bookkeeping", "subcontracting",
                                                     "enclave_work", "converted", "allocation_date", "contingent",
                                                     "transition_amounts", "hires", "dmfa"});
  return ours ? join(prefix, field) : field;
}

Input input_from(const json& doc, const std::string& root, std::string_view origin, const ParameterSet& base,
                 std::vector<std::string_view> extra_keys) {
  if (doc.is_object() && doc.contains("confidential")) return confidential_input_from(doc, root, origin, base, extra_keys);
  std::vector<std::string_view> allowed{"at", "year", "worker", "enterprise", "parameters", "id", "source"};
  allowed.insert(allowed.end(), extra_keys.begin(), extra_keys.end());
  const Reader reader(doc, root, origin, allowed);
  auto get = [&](std::string_view key) -> const json* {
    auto it = doc.find(std::string(key));
    return it == doc.end() ? nullptr : &*it;
  };
  Input in{std::nullopt, std::nullopt, std::nullopt, std::nullopt, base, std::nullopt};
  for (std::string_view key : {"id", "source"}) {
    if (const json* v = get(key)) as_string(*v, join(root, key), origin);
  }
  const json* w = get("worker");
  const json* e = get("enterprise");
  if (w != nullptr && e != nullptr) {
    fail(ErrorCode::invalid_argument, join(root, "enterprise"), origin,
         "give either \"worker\" or \"enterprise\", not both");
  }
  if (w == nullptr && e == nullptr) {
    fail(ErrorCode::invalid_argument, join(root, "worker"), origin,
         "required field is missing (give \"worker\" with \"at\", or \"enterprise\" with \"year\")");
  }
  if (const json* p = get("parameters")) {
    const std::string pp = join(root, "parameters");
    as_object(*p, pp, origin);
    // The origin of the changes is "parameters", not the file name: a plain value's source reads
    // "change in parameters" and the fingerprint is the same whichever front end or file carries
    // the input (Python's Parameters.with_changes uses the same origin).
    constexpr std::string_view kChangesOrigin = "parameters";
    try {
      in.params = base.with_changes(p->dump(), kChangesOrigin);
    } catch (const Error& err) {
      std::string message = err.message();
      const std::string suffix = " (in " + std::string(kChangesOrigin) + ")";
      if (message.size() >= suffix.size() && message.compare(message.size() - suffix.size(), suffix.size(), suffix) == 0) {
        message.erase(message.size() - suffix.size());
      }
      throw Error(err.code(), join(pp, err.field()), with_origin(message, origin));
    }
  }
  if (w != nullptr) {
    if (get("year") != nullptr) {
      fail(ErrorCode::invalid_argument, join(root, "year"), origin,
           "\"year\" belongs to enterprise cases; a worker is evaluated on \"at\"");
    }
    const json* at = get("at");
    if (at == nullptr) fail(ErrorCode::invalid_argument, join(root, "at"), origin, "required field is missing");
    in.at = as_date(*at, join(root, "at"), origin);
    in.worker = worker_from(*w, join(root, "worker"), origin);
  } else {
    if (get("at") != nullptr) {
      fail(ErrorCode::invalid_argument, join(root, "at"), origin,
           "\"at\" belongs to worker cases; an enterprise is evaluated for a \"year\"");
    }
    const json* year = get("year");
    if (year == nullptr) fail(ErrorCode::invalid_argument, join(root, "year"), origin, "required field is missing");
    const std::string yp = join(root, "year");
    const int y = as_int(*year, yp, origin);
    if (y < 1400 || y > 9998) fail(ErrorCode::invalid_date, yp, origin, "year " + std::to_string(y) + " is outside 1400..9998");
    in.year = y;
    in.enterprise = enterprise_from(*e, join(root, "enterprise"), origin);
  }
  return in;
}

ojson evaluate(const Input& in, bool with_trace, const std::string& root, std::string_view origin) {
  if (in.confidential) return evaluate_confidential_input(in, with_trace, root, origin);
  Trace trace(with_trace);
  try {
    if (in.worker) {
      validate(*in.worker);
      const WorkerStatus s = evaluate_worker(*in.worker, *in.at, in.params, &trace);
      return trace_and_receipt(worker_decision(s), trace, Receipt::of(in.params));
    }
    // With the input's parameters: a reform that moves compensation.fixed_amount_first_year/last_year
    // changes which transition_amounts are allowed (I-14).
    validate(*in.enterprise, in.params);
    const EnterpriseYear y = evaluate_enterprise(*in.enterprise, *in.year, in.params, &trace);
    return trace_and_receipt(enterprise_decision(y), trace, Receipt::of(in.params));
  } catch (const Error& err) {
    const bool worker = in.worker.has_value();
    const std::string field = prefix_field(join(root, worker ? "worker" : "enterprise"), err.field(), worker);
    throw Error(err.code(), field, with_origin(err.message(), origin));
  }
}

}  // namespace detail

WorkerDossier parse_worker(std::string_view json_text, std::string_view origin) {
  const json doc = detail::parse_document(json_text, origin);
  return detail::worker_from(doc, "", origin);
}

Enterprise parse_enterprise(std::string_view json_text, std::string_view origin) {
  const json doc = detail::parse_document(json_text, origin);
  return detail::enterprise_from(doc, "", origin);
}

std::string to_json(const WorkerDossier& dossier) { return detail::worker_to(dossier).dump(); }

std::string to_json(const Enterprise& enterprise) { return detail::enterprise_to(enterprise).dump(); }

std::string decision_json(const WorkerStatus& status, const Trace& trace, const Receipt& receipt) {
  return detail::trace_and_receipt(detail::worker_decision(status), trace, receipt).dump();
}

std::string decision_json(const EnterpriseYear& year, const Trace& trace, const Receipt& receipt) {
  return detail::trace_and_receipt(detail::enterprise_decision(year), trace, receipt).dump();
}

std::string evaluate_json(std::string_view input_json, const ParameterSet& base, bool with_trace,
                          std::string_view origin) {
  const json doc = detail::parse_document(input_json, origin);
  const detail::Input in = detail::input_from(doc, "", origin, base, {});
  return detail::evaluate(in, with_trace, "", origin).dump();
}

}  // namespace lde::io
