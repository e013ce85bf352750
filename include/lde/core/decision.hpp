/// @file decision.hpp
/// @brief Decisions, traces and receipts: every answer says which rule,
/// which parameter values and which source passage decided it.
///
/// A rule is a pure function `R rule(inputs..., const ParameterSet&, Trace*)`.
/// Passing `nullptr` (or a disabled Trace) skips all step building, which is
/// what a population run does; the values are the same either way.
#pragma once

#include "lde/core/calendar.hpp"
#include "lde/core/rule.hpp"

#include <deque>
#include <string>
#include <utility>
#include <vector>

namespace lde {

class ParameterSet;

/// One parameter value a rule used, with the date from which it applies and its source.
struct ParameterUse {
  std::string name;        ///< Parameter name, e.g. `compensation.annual_rate_per_fte`.
  std::string value;       ///< The value as text ("12600.00", "30", "2015-04-01").
  Date effective_from;     ///< First day on which this value applies.
  std::string source;      ///< Source passage of the value.
};

/// One step of a trace: one rule applied once.
struct TraceStep {
  std::string rule;                          ///< Stable rule id, e.g. `worker.trajectory.absence_extension`.
  std::string source;                        ///< Seed passage, e.g. `WSE-LDE "Verlenging inschakelingstraject" 1.`.
  std::vector<std::string> interpretations;  ///< Readings applied, e.g. {"I-8"}.
  std::vector<std::pair<std::string, std::string>> inputs;  ///< Inputs used, as name/value text.
  std::vector<ParameterUse> parameters;      ///< Parameter values used.
  std::string outcome;                       ///< What the rule decided, one sentence.
  std::vector<std::string> notes;            ///< Further explanation (why an absence did not qualify, ...).

  /// Records an input. Returns *this for chaining.
  TraceStep& input(std::string name, std::string value);
  /// Adds a note. Returns *this for chaining.
  TraceStep& note(std::string text);
  /// Sets the outcome. Returns *this for chaining.
  TraceStep& result(std::string text);
};

/// An ordered list of steps; cheap to skip.
///
/// Steps live in a deque so a pointer returned by step() stays valid while
/// later steps are added.
class Trace {
 public:
  /// A trace that records steps (or, with @p enabled false, one that records nothing).
  explicit Trace(bool enabled = true) : enabled_(enabled) {}

  /// Whether steps are recorded.
  bool enabled() const noexcept { return enabled_; }
  /// Starts a step and returns it, or nullptr when the trace is disabled.
  TraceStep* step(std::string rule, std::string source, std::vector<std::string> interpretations);
  /// The recorded steps, in order.
  const std::deque<TraceStep>& steps() const noexcept { return steps_; }
  /// Appends every step of @p other.
  void append(const Trace& other);
  /// Readable text, one block per step.
  std::string to_text() const;
  /// JSON array of steps: `[{"rule", "source", "interpretations", "inputs", "parameters", "outcome", "notes"}]`.
  std::string to_json() const;

 private:
  bool enabled_;
  std::deque<TraceStep> steps_;
};

/// Starts a step on @p trace when it is non-null and enabled; otherwise returns nullptr.
TraceStep* begin_step(Trace* trace, std::string rule, std::string source, std::vector<std::string> interpretations);
/// Starts a step for @p rule (its id, source and readings, rule.hpp) when @p trace is
/// non-null and enabled; otherwise returns nullptr without building anything.
TraceStep* begin_step(Trace* trace, const Rule& rule);

/// What an auditor needs to tell answers from different rule versions apart.
struct Receipt {
  std::string library_version;        ///< lde version, e.g. "0.1.0".
  std::string parameters_fingerprint;  ///< SHA-256 of the canonical parameter set.
  /// The receipt for decisions made with @p parameters by this library build.
  static Receipt of(const ParameterSet& parameters);
};

/// A rule's value together with its trace and receipt.
template <class T>
struct Decision {
  T value;          ///< What the rule decided.
  Trace trace;      ///< How (empty when tracing was off).
  Receipt receipt;  ///< With which library and parameter set.
};

/// Whether to collect trace steps.
enum class TraceMode { off, on };

/// Runs `rule(args..., params, trace*)` and wraps the value in a Decision.
template <class Rule, class... Args>
auto decide(TraceMode mode, const ParameterSet& params, Rule&& rule, const Args&... args)
    -> Decision<decltype(rule(args..., params, static_cast<Trace*>(nullptr)))> {
  Trace trace(mode == TraceMode::on);
  auto value = rule(args..., params, &trace);
  return {std::move(value), std::move(trace), Receipt::of(params)};
}

}  // namespace lde
