// Case files: run each case and compare the decision with its expectations.
#include "lde/io/cases.hpp"

#include "internal.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <optional>

namespace lde::io {

using json = nlohmann::ordered_json;
using ojson = nlohmann::ordered_json;

namespace {

/// Resolves a dotted path (`a.b[2].c`); nullptr when missing. A null on the way gives the null.
const ojson* resolve(const ojson& root, std::string_view path) {
  const ojson* cur = &root;
  std::size_t pos = 0;
  while (pos <= path.size()) {
    if (cur->is_null()) return cur;
    const std::size_t dot = path.find('.', pos);
    std::string_view seg = path.substr(pos, dot == std::string_view::npos ? std::string_view::npos : dot - pos);
    std::string_view key = seg.substr(0, seg.find('['));
    if (!key.empty()) {
      if (!cur->is_object()) return nullptr;
      auto it = cur->find(std::string(key));
      if (it == cur->end()) return nullptr;
      cur = &*it;
    }
    std::size_t b = seg.find('[');
    while (b != std::string_view::npos) {
      const std::size_t e = seg.find(']', b);
      if (e == std::string_view::npos) return nullptr;
      std::size_t i = 0;
      for (std::size_t k = b + 1; k < e; ++k) {
        if (seg[k] < '0' || seg[k] > '9') return nullptr;
        i = i * 10 + static_cast<std::size_t>(seg[k] - '0');
      }
      if (cur->is_null()) return cur;
      if (!cur->is_array() || i >= cur->size()) return nullptr;
      cur = &(*cur)[i];
      b = seg.find('[', e);
    }
    if (dot == std::string_view::npos) break;
    pos = dot + 1;
  }
  return cur;
}

}  // namespace

std::optional<std::string> value_at(std::string_view decision_json, std::string_view dotted_path) {
  ojson doc;
  try {
    doc = ojson::parse(decision_json);
  } catch (const ojson::parse_error& e) {
    throw Error(ErrorCode::parse_error, "", std::string("malformed decision JSON: ") + e.what());
  }
  const ojson* v = resolve(doc, dotted_path);
  if (v == nullptr) return std::nullopt;
  return v->dump();
}

std::vector<CaseResult> run_cases(std::string_view case_file_json, const ParameterSet& base, std::string_view origin) {
  using detail::fail;
  using detail::join;
  const json doc = detail::parse_document(case_file_json, origin);
  const detail::Reader file(doc, "", origin, {"format", "description", "cases"});
  const std::string format = detail::as_string(file.required("format"), "format", origin);
  if (format != "lde-cases/1") {
    fail(ErrorCode::invalid_argument, "format", origin, "expected \"lde-cases/1\", got \"" + format + "\"");
  }
  if (const json* d = file.optional("description")) detail::as_string(*d, "description", origin);
  const json& cases = file.required("cases");
  if (!cases.is_array()) fail(ErrorCode::invalid_argument, "cases", origin, "expected an array, got " + detail::describe(cases));

  // First pass: the structure of every case (errors here are errors in the file: exit 2).
  std::vector<CaseResult> results;
  std::vector<std::string> seen;
  for (std::size_t i = 0; i < cases.size(); ++i) {
    const std::string root = detail::index("cases", i);
    const json& c = cases[i];
    const detail::Reader keys(c, root, origin,
                              {"id", "source", "at", "year", "worker", "enterprise", "parameters", "confidential", "local_service", "ledger", "quarter", "from", "person",
                               "document", "expect", "expect_error"});
    CaseResult r;
    auto it = c.find("id");
    if (it == c.end()) fail(ErrorCode::invalid_argument, join(root, "id"), origin, "required field is missing");
    r.id = detail::as_name(*it, join(root, "id"), origin);
    if (std::find(seen.begin(), seen.end(), r.id) != seen.end()) {
      fail(ErrorCode::invalid_argument, join(root, "id"), origin, "the case id \"" + r.id + "\" is used twice");
    }
    seen.push_back(r.id);
    it = c.find("source");
    if (it == c.end()) fail(ErrorCode::invalid_argument, join(root, "source"), origin, "required field is missing (every case cites its source)");
    r.source = detail::as_text(*it, join(root, "source"), origin);
    const bool has_expect = c.contains("expect");
    const bool has_error = c.contains("expect_error");
    if (has_expect == has_error) {
      fail(ErrorCode::invalid_argument, join(root, "expect"), origin,
           has_expect ? "give either \"expect\" or \"expect_error\", not both" : "required field is missing");
    }
    if (has_expect) {
      const json& e = c["expect"];
      if (!e.is_object() || e.empty()) {
        fail(ErrorCode::invalid_argument, join(root, "expect"), origin, "expected a non-empty object of dotted paths");
      }
    } else {
      const detail::Reader er(c["expect_error"], join(root, "expect_error"), origin, {"code", "field"});
      detail::as_string(er.required("code"), er.path("code"), origin);
      if (const json* f = er.optional("field")) detail::as_string(*f, er.path("field"), origin);
    }
    results.push_back(std::move(r));
  }

  // Second pass: the input of every case that does not expect an error must be readable. An impossible
  // date or a wrong type there is an error in the file (exit 2 in `lde check`), not a failed case; a
  // case that expects an error is judged by the error it gets.
  std::vector<std::optional<detail::Input>> inputs(cases.size());
  for (std::size_t i = 0; i < cases.size(); ++i) {
    if (cases[i].contains("expect_error")) continue;
    inputs[i] = detail::input_from(cases[i], detail::index("cases", i), origin, base, {"expect", "expect_error"});
  }

  for (std::size_t i = 0; i < cases.size(); ++i) {
    const std::string root = detail::index("cases", i);
    const json& c = cases[i];
    CaseResult& r = results[i];
    ojson decision;
    try {
      if (!inputs[i]) inputs[i] = detail::input_from(c, root, origin, base, {"expect", "expect_error"});
      decision = detail::evaluate(*inputs[i], true, root, origin);
    } catch (const Error& err) {
      if (c.contains("expect_error")) {
        const json& want = c["expect_error"];
        const std::string code(to_string(err.code()));
        // Fields are compared relative to the case (without the `cases[i].` prefix).
        std::string field = err.field();
        const std::string prefix = root + ".";
        if (field.rfind(prefix, 0) == 0) field = field.substr(prefix.size());
        if (want["code"] != code) r.mismatches.push_back({"error.code", want["code"].dump(), json(code).dump()});
        if (want.contains("field") && want["field"] != field) {
          r.mismatches.push_back({"error.field", want["field"].dump(), json(field).dump()});
        }
        r.passed = r.mismatches.empty();
        if (!r.passed) r.error = err.what();
      } else {
        r.error = err.what();
      }
      continue;
    }
    r.decision = decision.dump();
    if (c.contains("expect_error")) {
      r.mismatches.push_back({"error", c["expect_error"].dump(), "(no error)"});
      continue;
    }
    for (const auto& item : c["expect"].items()) {
      const ojson* actual = resolve(decision, item.key());
      const ojson expected = ojson::parse(item.value().dump());
      if (actual == nullptr) {
        r.mismatches.push_back({item.key(), expected.dump(), "(missing)"});
      } else if (*actual != expected) {
        r.mismatches.push_back({item.key(), expected.dump(), actual->dump()});
      }
    }
    std::sort(r.mismatches.begin(), r.mismatches.end(),
              [](const CaseMismatch& a, const CaseMismatch& b) { return a.path < b.path; });
    r.passed = r.mismatches.empty();
  }
  return results;
}

}  // namespace lde::io
