// The JSON evaluation input (a worker on a date or an enterprise for a year, with optional
// parameter changes; docs/schema/input.schema.json) and its evaluation to a decision document.
#include "lde/io/json.hpp"

#include "lde/core/error.hpp"
#include "lde/enterprise/year.hpp"
#include "lde/worker/status.hpp"

#include "internal.hpp"

#include <nlohmann/json.hpp>

#include <initializer_list>
#include <string>
#include <vector>

namespace lde::io {

using json = nlohmann::ordered_json;
using ojson = nlohmann::ordered_json;

namespace detail {

ojson trace_and_receipt(ojson out, const Trace& trace, const Receipt& receipt) {
  out["trace"] = ojson::parse(trace.to_json());
  out["receipt"] = {{"library_version", receipt.library_version},
                    {"parameters_fingerprint", receipt.parameters_fingerprint}};
  return out;
}

namespace {

bool starts_with_any(const std::string& field, const std::vector<std::string_view>& keys) {
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
  const bool ours = starts_with_any(field, worker ? kWorkerKeys : kEnterpriseKeys);
  return ours ? join(prefix, field) : field;
}

ParameterSet parameters_from(const json& changes, const std::string& path, std::string_view origin,
                             const ParameterSet& base) {
  as_object(changes, path, origin);
  // The origin of the changes is "parameters", not the file name: a plain value's source reads
  // "change in parameters" and the fingerprint is the same whichever front end or file carries
  // the input (Python's Parameters.with_changes uses the same origin).
  constexpr std::string_view kChangesOrigin = "parameters";
  try {
    return base.with_changes(changes.dump(), kChangesOrigin);
  } catch (const Error& err) {
    std::string message = err.message();
    const std::string suffix = " (in " + std::string(kChangesOrigin) + ")";
    if (message.size() >= suffix.size() && message.compare(message.size() - suffix.size(), suffix.size(), suffix) == 0) {
      message.erase(message.size() - suffix.size());
    }
    throw Error(err.code(), join(path, err.field()), with_origin(message, origin));
  }
}

void refuse_other_kinds(const json& doc, const std::string& root, std::string_view origin, std::string_view kind,
                        std::string_view what) {
  for (std::string_view other : {"worker", "enterprise", "confidential", "local_service", "ledger"}) {
    if (other != kind && doc.contains(std::string(other))) {
      fail(ErrorCode::invalid_argument, join(root, other), origin,
           "give one of \"worker\", \"enterprise\", \"confidential\", \"local_service\" or \"ledger\", not "
           "several");
    }
  }
  if (doc.contains("year")) {
    fail(ErrorCode::invalid_argument, join(root, "year"), origin,
         "\"year\" belongs to enterprise cases; " + std::string(what));
  }
}

Input input_from(const json& doc, const std::string& root, std::string_view origin, const ParameterSet& base,
                 std::vector<std::string_view> extra_keys) {
  if (doc.is_object() && doc.contains("confidential")) return confidential_input_from(doc, root, origin, base, extra_keys);
  if (doc.is_object() && doc.contains("ledger")) return ledger_input_from(doc, root, origin, base, extra_keys);
  if (doc.is_object() && doc.contains("local_service")) {
    return local_service_input_from(doc, root, origin, base, extra_keys);
  }
  std::vector<std::string_view> allowed{"at", "year", "worker", "enterprise", "parameters", "id", "source"};
  allowed.insert(allowed.end(), extra_keys.begin(), extra_keys.end());
  const Reader reader(doc, root, origin, allowed);
  auto get = [&](std::string_view key) -> const json* {
    auto it = doc.find(std::string(key));
    return it == doc.end() ? nullptr : &*it;
  };
  Input in{std::nullopt, std::nullopt, std::nullopt, std::nullopt, base, std::nullopt, std::nullopt, std::nullopt};
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
  if (const json* p = get("parameters")) in.params = parameters_from(*p, join(root, "parameters"), origin, base);
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
  if (in.local_service) return evaluate_local_service_input(in, with_trace, root, origin);
  if (in.ledger) return evaluate_ledger_input(in, with_trace, root, origin);
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

std::string evaluate_json(std::string_view input_json, const ParameterSet& base, bool with_trace,
                          std::string_view origin) {
  const json doc = detail::parse_document(input_json, origin);
  const detail::Input in = detail::input_from(doc, "", origin, base, {});
  return detail::evaluate(in, with_trace, "", origin).dump();
}

}  // namespace lde::io
