#include "lde/core/parameters.hpp"

#include "lde/core/error.hpp"
#include "lde/core/limits.hpp"
#include "sha256.hpp"
#include "param_history.hpp"

#include "../io/internal.hpp"  // the one strict JSON document parser (duplicate keys, exact numbers, depth)

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <memory>
#include <mutex>
#include <set>

namespace lde {

namespace detail {
extern const std::string_view kEmbeddedDefaultParameters;
}

using nlohmann::json;            // written documents (canonical JSON, fingerprint): keys sorted
using ojson = nlohmann::ordered_json;  // read documents: io::detail::parse_document

namespace {
/// The parameter holding the date the decree entered into force (I-21).
constexpr std::string_view kDecreeInForce = "legal.decree_in_force";
}  // namespace

namespace {

/// The rule families' resolved parameters of one set (detail::resolved_once()). A copy of the
/// data (a set made from another) starts empty: its values may differ.
struct ResolveCache {
  static constexpr unsigned kSlots = static_cast<unsigned>(detail::ParamFamily::count);
  mutable std::array<std::once_flag, kSlots> once;
  mutable std::array<std::unique_ptr<const detail::ResolvedParams>, kSlots> slots;
  ResolveCache() = default;
  ResolveCache(const ResolveCache&) {}
  ResolveCache& operator=(const ResolveCache&) = delete;
};

}  // namespace

struct ParameterSet::Data {
  std::string name;
  std::string description;
  std::map<std::string, ParameterDefinition, std::less<>> definitions;
  std::string fingerprint;
  std::optional<Date> first_date;
  std::optional<Date> rules_from;  // legal.decree_in_force, else first_date (I-21)
  ResolveCache resolved;           // what the rule families resolved from the finished set
};

namespace {

[[noreturn]] void fail(ErrorCode code, const std::string& path, std::string_view origin, const std::string& msg) {
  throw Error(code, path, msg + " (in " + std::string(origin) + ")");
}

std::string type_name(const ojson& j) { return j.type_name(); }

// Decimal text of a JSON value for money/fte/percent: strings as they are,
// numbers by their shortest exact representation (9.5 -> "9.5").
std::string decimal_text(const ojson& j, const std::string& path, std::string_view origin) {
  if (j.is_string()) return j.get<std::string>();
  if (j.is_number_integer() || j.is_number_unsigned()) return j.dump();
  if (j.is_number_float()) {
    std::string s = j.dump();
    if (s.find_first_of("eE") != std::string::npos) {
      fail(ErrorCode::parse_error, path, origin, "number " + s + " is not an exact decimal; write it as a string");
    }
    return s;
  }
  fail(ErrorCode::parse_error, path, origin, "expected a decimal string, got " + type_name(j));
}

ParameterValue parse_value(ParameterType type, const ojson& j, const std::string& path, std::string_view origin) {
  try {
    switch (type) {
      case ParameterType::money: return Money::parse(decimal_text(j, path, origin), path);
      case ParameterType::fte: return Fte::parse(decimal_text(j, path, origin), path);
      case ParameterType::percent: return Percent::parse(decimal_text(j, path, origin), path);
      case ParameterType::integer:
        if (!j.is_number_integer() && !j.is_number_unsigned()) {
          fail(ErrorCode::parse_error, path, origin, "expected a whole number, got " + type_name(j));
        }
        return j.get<std::int64_t>();
      case ParameterType::date:
        if (!j.is_string()) fail(ErrorCode::parse_error, path, origin, "expected a date string, got " + type_name(j));
        return Date::parse(j.get<std::string>(), path);
      case ParameterType::boolean:
        if (!j.is_boolean()) fail(ErrorCode::parse_error, path, origin, "expected true or false, got " + type_name(j));
        return j.get<bool>();
    }
  } catch (const Error& e) {
    if (e.message().find("(in ") != std::string::npos) throw;
    fail(e.code(), path, origin, e.message());
  }
  fail(ErrorCode::internal, path, origin, "unknown parameter type");
}

ParameterType parse_type(const ojson& j, const std::string& path, std::string_view origin) {
  if (!j.is_string()) fail(ErrorCode::parse_error, path, origin, "expected a type name string, got " + type_name(j));
  const std::string t = j.get<std::string>();
  for (ParameterType type : {ParameterType::money, ParameterType::fte, ParameterType::percent, ParameterType::integer,
                             ParameterType::date, ParameterType::boolean}) {
    if (t == to_string(type)) return type;
  }
  fail(ErrorCode::invalid_argument, path, origin,
       "unknown type \"" + t + "\" (expected money, fte, percent, integer, date or boolean)");
}

void check_keys(const ojson& obj, std::initializer_list<std::string_view> allowed, const std::string& path,
                std::string_view origin) {
  for (const auto& item : obj.items()) {
    if (std::find(allowed.begin(), allowed.end(), item.key()) == allowed.end()) {
      const std::string best = io::detail::closest(item.key(), std::vector<std::string_view>(allowed));
      fail(ErrorCode::parse_error, path.empty() ? item.key() : path + "." + item.key(), origin,
           "unknown key \"" + item.key() + "\"" + (best.empty() ? std::string() : " (did you mean \"" + best + "\"?)"));
    }
  }
}

const ojson& require(const ojson& obj, const char* key, const std::string& path, std::string_view origin) {
  auto it = obj.find(key);
  if (it == obj.end()) fail(ErrorCode::parse_error, path + "." + key, origin, std::string("missing required key"));
  return *it;
}

std::string optional_string(const ojson& obj, const char* key, const std::string& path, std::string_view origin) {
  auto it = obj.find(key);
  if (it == obj.end()) return {};
  if (!it->is_string()) fail(ErrorCode::parse_error, path + "." + key, origin, "expected a string, got " + type_name(*it));
  return it->get<std::string>();
}

std::vector<std::string> parse_interpretations(const ojson& obj, const std::string& path, std::string_view origin) {
  std::vector<std::string> out;
  auto it = obj.find("interpretations");
  if (it == obj.end()) return out;
  if (!it->is_array()) fail(ErrorCode::parse_error, path + ".interpretations", origin, "expected a list of strings");
  for (std::size_t i = 0; i < it->size(); ++i) {
    const ojson& v = (*it)[i];
    if (!v.is_string()) {
      fail(ErrorCode::parse_error, path + ".interpretations[" + std::to_string(i) + "]", origin, "expected a string");
    }
    out.push_back(v.get<std::string>());
  }
  return out;
}

ParameterEntry parse_entry(ParameterType type, const ojson& j, const std::string& path, std::string_view origin) {
  if (!j.is_object()) fail(ErrorCode::parse_error, path, origin, "expected an object, got " + type_name(j));
  check_keys(j, {"from", "value", "source", "interpretations"}, path, origin);
  const ojson& from = require(j, "from", path, origin);
  if (!from.is_string()) fail(ErrorCode::parse_error, path + ".from", origin, "expected a date string");
  Date from_date = [&] {
    try {
      return Date::parse(from.get<std::string>(), path + ".from");
    } catch (const Error& e) {
      fail(e.code(), path + ".from", origin, e.message());
    }
  }();
  return ParameterEntry{from_date, parse_value(type, require(j, "value", path, origin), path + ".value", origin),
                        optional_string(j, "source", path, origin), parse_interpretations(j, path, origin)};
}

// Inserts @p entry into @p history (sorted), replacing an entry of the same date.
void insert_entry(std::vector<ParameterEntry>& history, ParameterEntry entry) {
  auto it = std::lower_bound(history.begin(), history.end(), entry.from,
                             [](const ParameterEntry& e, const Date& d) { return e.from < d; });
  if (it != history.end() && it->from == entry.from) {
    *it = std::move(entry);
  } else {
    history.insert(it, std::move(entry));
  }
}

json value_to_json(const ParameterValue& v) {
  return std::visit(
      [](const auto& x) -> json {
        using T = std::decay_t<decltype(x)>;
        if constexpr (std::is_same_v<T, std::int64_t> || std::is_same_v<T, bool>) {
          return x;
        } else if constexpr (std::is_same_v<T, Date>) {
          return x.iso();
        } else {
          return x.to_string();
        }
      },
      v);
}

json to_json_doc(const ParameterSet::Data& d);

/// The strict reader of every JSON document (src/io/reader.cpp): a duplicate key, a number a double
/// cannot hold exactly (13000.000000000000000001) or at all (1e400), nesting past the limit, a text above the size limit (check_text_size) and
/// malformed text are parse errors naming the path, the same for parameter files, reforms, dossiers
/// and cases in every front end.
ojson parse_text(std::string_view text, std::string_view origin) { return io::detail::parse_document(text, origin); }

bool same_type(ParameterType type, const ParameterValue& v) {
  switch (type) {
    case ParameterType::money: return std::holds_alternative<Money>(v);
    case ParameterType::fte: return std::holds_alternative<Fte>(v);
    case ParameterType::percent: return std::holds_alternative<Percent>(v);
    case ParameterType::integer: return std::holds_alternative<std::int64_t>(v);
    case ParameterType::date: return std::holds_alternative<Date>(v);
    case ParameterType::boolean: return std::holds_alternative<bool>(v);
  }
  return false;
}

void finish(ParameterSet::Data& d) {
  d.first_date.reset();
  for (const auto& [name, def] : d.definitions) {
    if (!def.history.empty() && (!d.first_date || def.history.front().from < *d.first_date)) {
      d.first_date = def.history.front().from;
    }
  }
  // I-21: the rules start on the decree's entry into force (the value of the
  // first entry of legal.decree_in_force); a set without it starts on its
  // earliest effective date.
  d.rules_from = d.first_date;
  auto decree = d.definitions.find(kDecreeInForce);
  if (decree != d.definitions.end() && decree->second.type == ParameterType::date && !decree->second.history.empty()) {
    d.rules_from = std::get<Date>(decree->second.history.front().value);
  }
  d.fingerprint = detail::sha256_hex(to_json_doc(d).dump());
}

json to_json_doc(const ParameterSet::Data& d) {
  json params = json::object();
  for (const auto& [name, def] : d.definitions) {
    json values = json::array();
    for (const ParameterEntry& e : def.history) {
      values.push_back({{"from", e.from.iso()},
                        {"value", value_to_json(e.value)},
                        {"source", e.source},
                        {"interpretations", e.interpretations}});
    }
    params[name] = {{"type", std::string(to_string(def.type))},
                    {"unit", def.unit},
                    {"description", def.description},
                    {"values", values}};
  }
  return {{"format", "lde-parameters/1"}, {"name", d.name}, {"description", d.description}, {"parameters", params}};
}

}  // namespace

std::string_view to_string(ParameterType type) noexcept {
  switch (type) {
    case ParameterType::money: return "money";
    case ParameterType::fte: return "fte";
    case ParameterType::percent: return "percent";
    case ParameterType::integer: return "integer";
    case ParameterType::date: return "date";
    case ParameterType::boolean: return "boolean";
  }
  return "unknown";
}

std::string to_string(const ParameterValue& value) {
  json j = value_to_json(value);
  return j.is_string() ? j.get<std::string>() : j.dump();
}

ParameterSet::ParameterSet(std::shared_ptr<const Data> data) : data_(std::move(data)) {}

const ParameterSet& ParameterSet::defaults() {
  // Parsed once, then immutable: safe to share between threads.
  static const ParameterSet set = from_json(detail::kEmbeddedDefaultParameters, "embedded default parameters");
  return set;
}

ParameterSet ParameterSet::from_json(std::string_view text, std::string_view origin) {
  const ojson doc = parse_text(text, origin);
  if (!doc.is_object()) fail(ErrorCode::parse_error, "", origin, "expected a JSON object at the top level");
  check_keys(doc, {"format", "name", "description", "parameters"}, "", origin);
  const ojson& format = require(doc, "format", "", origin);
  if (format != "lde-parameters/1") {
    fail(ErrorCode::parse_error, "format", origin, "expected \"lde-parameters/1\", got " + format.dump());
  }
  auto data = std::make_shared<Data>();
  data->name = optional_string(doc, "name", "", origin);
  data->description = optional_string(doc, "description", "", origin);
  const ojson& params = require(doc, "parameters", "", origin);
  if (!params.is_object()) fail(ErrorCode::parse_error, "parameters", origin, "expected an object");
  for (const auto& item : params.items()) {
    const std::string path = "parameters." + item.key();
    const ojson& p = item.value();
    if (!p.is_object()) fail(ErrorCode::parse_error, path, origin, "expected an object, got " + type_name(p));
    check_keys(p, {"type", "unit", "description", "values"}, path, origin);
    ParameterDefinition def{item.key(), parse_type(require(p, "type", path, origin), path + ".type", origin),
                            optional_string(p, "unit", path, origin), optional_string(p, "description", path, origin),
                            {}};
    const ojson& values = require(p, "values", path, origin);
    if (!values.is_array() || values.empty()) {
      fail(ErrorCode::parse_error, path + ".values", origin, "expected a non-empty list of {from, value, source}");
    }
    for (std::size_t i = 0; i < values.size(); ++i) {
      const std::string vpath = path + ".values[" + std::to_string(i) + "]";
      ParameterEntry e = parse_entry(def.type, values[i], vpath, origin);
      for (const ParameterEntry& prev : def.history) {
        if (prev.from == e.from) fail(ErrorCode::conflict, vpath + ".from", origin, "two values from " + e.from.iso());
      }
      insert_entry(def.history, std::move(e));
    }
    data->definitions.emplace(item.key(), std::move(def));
  }
  finish(*data);
  return ParameterSet(std::move(data));
}

ParameterSet ParameterSet::with_changes(std::string_view changes_json, std::string_view origin) const {
  const ojson doc = parse_text(changes_json, origin);
  if (!doc.is_object()) fail(ErrorCode::parse_error, "", origin, "expected a JSON object of changes");
  auto data = std::make_shared<Data>(*data_);
  const ojson* changes = &doc;
  std::string prefix;
  if (doc.contains("format")) {
    check_keys(doc, {"format", "name", "description", "changes"}, "", origin);
    if (doc["format"] != "lde-reform/1") {
      fail(ErrorCode::parse_error, "format", origin, "expected \"lde-reform/1\", got " + doc["format"].dump());
    }
    changes = &require(doc, "changes", "", origin);
    prefix = "changes.";
    const std::string reform_name = optional_string(doc, "name", "", origin);
    data->name = data_->name + "+" + (reform_name.empty() ? std::string("reform") : reform_name);
  } else {
    data->name = data_->name + "+changes";
  }
  if (!changes->is_object()) fail(ErrorCode::parse_error, prefix, origin, "expected an object of changes");
  for (const auto& item : changes->items()) {
    const std::string path = prefix + item.key();
    auto it = data->definitions.find(item.key());
    if (it == data->definitions.end()) {
      std::vector<std::string_view> names;
      names.reserve(data->definitions.size());
      for (const auto& [name, unused] : data->definitions) names.push_back(name);
      const std::string best = io::detail::closest(item.key(), names);
      fail(ErrorCode::not_found, path, origin,
           "there is no parameter named \"" + item.key() + "\"" +
               (best.empty() ? std::string() : " (did you mean \"" + best + "\"?)"));
    }
    ParameterDefinition& def = it->second;
    const ojson& change = item.value();
    if (change.is_array()) {
      if (change.empty()) fail(ErrorCode::parse_error, path, origin, "expected at least one {from, value} entry");
      for (std::size_t i = 0; i < change.size(); ++i) {
        ParameterEntry e = parse_entry(def.type, change[i], path + "[" + std::to_string(i) + "]", origin);
        if (e.source.empty()) e.source = "change in " + std::string(origin);
        insert_entry(def.history, std::move(e));
      }
    } else {
      const Date from = def.history.front().from;
      def.history = {ParameterEntry{from, parse_value(def.type, change, path, origin), "change in " + std::string(origin), {}}};
    }
  }
  finish(*data);
  return ParameterSet(std::move(data));
}

ParameterSet ParameterSet::with_value(std::string_view name, Date from, ParameterValue value, std::string source) const {
  auto data = std::make_shared<Data>(*data_);
  auto it = data->definitions.find(name);
  if (it == data->definitions.end()) {
    throw Error(ErrorCode::not_found, std::string(name), "there is no parameter named \"" + std::string(name) + "\"");
  }
  if (!same_type(it->second.type, value)) {
    throw_invalid(std::string(name), "expected a value of type " + std::string(to_string(it->second.type)));
  }
  insert_entry(it->second.history, ParameterEntry{from, std::move(value), std::move(source), {}});
  data->name = data_->name + "+changes";
  finish(*data);
  return ParameterSet(std::move(data));
}

const ParameterDefinition& ParameterSet::definition(std::string_view name) const {
  auto it = data_->definitions.find(name);
  if (it == data_->definitions.end()) {
    throw Error(ErrorCode::not_found, std::string(name), "there is no parameter named \"" + std::string(name) + "\"");
  }
  return it->second;
}

const ParameterEntry& ParameterSet::entry(std::string_view name, Date at, TraceStep* step) const {
  const ParameterDefinition& def = definition(name);
  auto it = std::upper_bound(def.history.begin(), def.history.end(), at,
                             [](const Date& d, const ParameterEntry& e) { return d < e.from; });
  if (it == def.history.begin()) {
    throw Error(ErrorCode::out_of_range, std::string(name),
                "no value on " + at.iso() + "; the first value applies from " + def.history.front().from.iso());
  }
  const ParameterEntry& e = *std::prev(it);
  if (step) step->parameters.push_back(ParameterUse{std::string(name), to_string(e.value), e.from, e.source});
  return e;
}

namespace {
template <class T>
T typed(const ParameterSet& set, std::string_view name, Date at, TraceStep* step, ParameterType expected) {
  const ParameterDefinition& def = set.definition(name);
  if (def.type != expected) {
    throw_invalid(std::string(name), "parameter has type " + std::string(to_string(def.type)) + ", not " +
                                         std::string(to_string(expected)));
  }
  return std::get<T>(set.entry(name, at, step).value);
}
}  // namespace

Money ParameterSet::money(std::string_view n, Date at, TraceStep* s) const { return typed<Money>(*this, n, at, s, ParameterType::money); }
Fte ParameterSet::fte(std::string_view n, Date at, TraceStep* s) const { return typed<Fte>(*this, n, at, s, ParameterType::fte); }
Percent ParameterSet::percent(std::string_view n, Date at, TraceStep* s) const { return typed<Percent>(*this, n, at, s, ParameterType::percent); }
std::int64_t ParameterSet::integer(std::string_view n, Date at, TraceStep* s) const { return typed<std::int64_t>(*this, n, at, s, ParameterType::integer); }
Date ParameterSet::date(std::string_view n, Date at, TraceStep* s) const { return typed<Date>(*this, n, at, s, ParameterType::date); }
bool ParameterSet::boolean(std::string_view n, Date at, TraceStep* s) const { return typed<bool>(*this, n, at, s, ParameterType::boolean); }

const std::map<std::string, ParameterDefinition, std::less<>>& ParameterSet::definitions() const noexcept {
  return data_->definitions;
}

Date ParameterSet::first_effective_date() const {
  if (!data_->first_date) throw Error(ErrorCode::not_found, "parameters", "the parameter set is empty");
  return *data_->first_date;
}

const std::string& ParameterSet::name() const noexcept { return data_->name; }
std::string ParameterSet::to_json() const { return to_json_doc(*data_).dump(); }
const std::string& ParameterSet::fingerprint() const noexcept { return data_->fingerprint; }

const detail::ResolvedParams& detail::resolved_once(const ParameterSet& params, ParamFamily family,
                                                    std::span<const char* const> names,
                                                    std::span<const ParameterType> types) {
  const auto k = static_cast<unsigned>(family);
  const ParameterSet::Data& d = *params.data_;
  std::call_once(d.resolved.once[k], [&] {
    auto r = std::make_unique<ResolvedParams>();
    if (!d.definitions.empty()) r->rules_from = d.rules_from;
    r->histories.reserve(names.size());
    for (std::size_t i = 0; i < names.size(); ++i) r->histories.push_back(ParamHistory::resolve(params, names[i], types[i]));
    d.resolved.slots[k] = std::move(r);
  });
  return *d.resolved.slots[k];
}

std::vector<ParameterDifference> ParameterSet::diff(const ParameterSet& other) const {
  std::vector<ParameterDifference> out;
  std::set<std::string> names;
  for (const auto& [n, d] : definitions()) names.insert(n);
  for (const auto& [n, d] : other.definitions()) names.insert(n);
  auto value_on = [](const ParameterDefinition& def, Date at) -> std::string {
    std::string v;
    for (const ParameterEntry& e : def.history) {
      if (at < e.from) break;
      v = to_string(e.value);
    }
    return v;
  };
  for (const std::string& n : names) {
    auto a = definitions().find(n);
    auto b = other.definitions().find(n);
    if (a == definitions().end() || b == other.definitions().end()) {
      out.push_back({n, std::nullopt, a == definitions().end() ? "" : "defined", b == other.definitions().end() ? "" : "defined"});
      continue;
    }
    std::set<std::int64_t> dates;
    for (const ParameterEntry& e : a->second.history) dates.insert(e.from.days_since_epoch());
    for (const ParameterEntry& e : b->second.history) dates.insert(e.from.days_since_epoch());
    for (std::int64_t day : dates) {
      const Date at = Date::from_days_since_epoch(day);
      const std::string va = value_on(a->second, at);
      const std::string vb = value_on(b->second, at);
      if (va != vb) {
        out.push_back({n, at, va, vb});
        break;
      }
    }
  }
  return out;
}

Date ParameterSet::rules_from() const {
  if (!data_->rules_from) throw Error(ErrorCode::not_found, "parameters", "the parameter set is empty");
  return *data_->rules_from;
}

Date rules_date(Date at, const ParameterSet& params, TraceStep* step) {
  const Date first = params.rules_from();
  if (at < first) {
    if (step) {
      step->note("I-21: " + at.iso() + " is before the decree's entry into force on " + first.iso() + " (" +
                 std::string(kDecreeInForce) + "); the values in force on " + first.iso() + " answer for it");
      if (std::find(step->interpretations.begin(), step->interpretations.end(), "I-21") == step->interpretations.end()) {
        step->interpretations.push_back("I-21");
      }
    }
    return first;
  }
  return at;
}

}  // namespace lde
