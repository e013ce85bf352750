#include "lde/core/decision.hpp"

#include "lde/core/parameters.hpp"
#include "lde/version.hpp"

#include <nlohmann/json.hpp>

namespace lde {

TraceStep& TraceStep::input(std::string name, std::string value) {
  inputs.emplace_back(std::move(name), std::move(value));
  return *this;
}

TraceStep& TraceStep::note(std::string text) {
  notes.push_back(std::move(text));
  return *this;
}

TraceStep& TraceStep::result(std::string text) {
  outcome = std::move(text);
  return *this;
}

TraceStep* Trace::step(std::string rule, std::string source, std::vector<std::string> interpretations) {
  if (!enabled_) return nullptr;
  TraceStep& s = steps_.emplace_back();
  s.rule = std::move(rule);
  s.source = std::move(source);
  s.interpretations = std::move(interpretations);
  return &s;
}

void Trace::append(const Trace& other) {
  if (!enabled_) return;
  steps_.insert(steps_.end(), other.steps_.begin(), other.steps_.end());
}

TraceStep* begin_step(Trace* trace, std::string rule, std::string source, std::vector<std::string> interpretations) {
  return trace ? trace->step(std::move(rule), std::move(source), std::move(interpretations)) : nullptr;
}

TraceStep* begin_step(Trace* trace, const Rule& rule) {
  if (trace == nullptr || !trace->enabled()) return nullptr;
  return trace->step(std::string(rule.id), std::string(rule.source), rule.reading_list());
}

std::string Trace::to_text() const {
  std::string out;
  int n = 0;
  for (const TraceStep& s : steps_) {
    out += std::to_string(++n) + ". " + s.rule;
    if (!s.interpretations.empty()) {
      out += " [";
      for (std::size_t i = 0; i < s.interpretations.size(); ++i) out += (i ? ", " : "") + s.interpretations[i];
      out += "]";
    }
    out += "\n";
    if (!s.outcome.empty()) out += "   => " + s.outcome + "\n";
    if (!s.source.empty()) out += "   source: " + s.source + "\n";
    for (const auto& [name, value] : s.inputs) out += "   input " + name + " = " + value + "\n";
    for (const ParameterUse& p : s.parameters) {
      out += "   parameter " + p.name + " = " + p.value + " (from " + p.effective_from.iso() + "; " + p.source + ")\n";
    }
    for (const std::string& note : s.notes) out += "   note: " + note + "\n";
  }
  return out;
}

std::string Trace::to_json() const {
  nlohmann::ordered_json steps = nlohmann::ordered_json::array();
  for (const TraceStep& s : steps_) {
    nlohmann::ordered_json j;
    j["rule"] = s.rule;
    j["source"] = s.source;
    j["interpretations"] = s.interpretations;
    nlohmann::ordered_json inputs = nlohmann::ordered_json::object();
    for (const auto& [name, value] : s.inputs) inputs[name] = value;
    j["inputs"] = inputs;
    nlohmann::ordered_json params = nlohmann::ordered_json::array();
    for (const ParameterUse& p : s.parameters) {
      params.push_back({{"name", p.name}, {"value", p.value}, {"from", p.effective_from.iso()}, {"source", p.source}});
    }
    j["parameters"] = params;
    j["outcome"] = s.outcome;
    j["notes"] = s.notes;
    steps.push_back(std::move(j));
  }
  return steps.dump();
}

Receipt Receipt::of(const ParameterSet& parameters) { return {kLibraryVersion, parameters.fingerprint()}; }

}  // namespace lde
