// The C ABI: the trace of a decision, step by step.
#include "internal.hpp"

using namespace lde_c_impl;

namespace {

const lde::TraceStep& step_of(const lde_decision* decision, std::size_t step) {
  const lde_decision& d = need(decision, "decision");
  const auto& steps = d.trace.steps();
  if (step >= steps.size())
    fail(LDE_STATUS_OUT_OF_RANGE, "step",
         "step " + std::to_string(step) + " is past the end of the trace (" + std::to_string(steps.size()) +
             " steps)");
  return steps[step];
}

}  // namespace

extern "C" {

// --- trace ------------------------------------------------------------------------

lde_status lde_decision_step_count(const lde_decision* decision, size_t* out) {
  return guard([&] {
    need(out, "out");
    *out = need(decision, "decision").trace.steps().size();
  });
}

lde_status lde_decision_step(const lde_decision* decision, size_t step, lde_trace_step* out) {
  return guard([&] {
    need(out, "out");
    const lde::TraceStep& s = step_of(decision, step);
    lde_trace_step v{};
    v.struct_size = sizeof(lde_trace_step);
    v.rule = s.rule.c_str();
    v.source = s.source.c_str();
    v.outcome = s.outcome.c_str();
    v.interpretation_count = s.interpretations.size();
    v.input_count = s.inputs.size();
    v.parameter_count = s.parameters.size();
    v.note_count = s.notes.size();
    write_output_struct(out, v, kTraceStepV1, "out");
  });
}

lde_status lde_decision_step_interpretation(const lde_decision* decision, size_t step, size_t index,
                                            const char** out) {
  return guard([&] {
    need(out, "out");
    *out = nullptr;
    const lde::TraceStep& s = step_of(decision, step);
    check_item(index, s.interpretations.size(), "interpretations");
    *out = s.interpretations[index].c_str();
  });
}

lde_status lde_decision_step_input(const lde_decision* decision, size_t step, size_t index, const char** out_name,
                                   const char** out_value) {
  return guard([&] {
    need(out_name, "out_name");
    need(out_value, "out_value");
    *out_name = nullptr;
    *out_value = nullptr;
    const lde::TraceStep& s = step_of(decision, step);
    check_item(index, s.inputs.size(), "inputs");
    *out_name = s.inputs[index].first.c_str();
    *out_value = s.inputs[index].second.c_str();
  });
}

lde_status lde_decision_step_parameter(const lde_decision* decision, size_t step, size_t index,
                                       lde_parameter_use* out) {
  return guard([&] {
    need(out, "out");
    const lde::TraceStep& s = step_of(decision, step);
    check_item(index, s.parameters.size(), "parameters");
    const lde::ParameterUse& p = s.parameters[index];
    lde_parameter_use v{};
    v.struct_size = sizeof(lde_parameter_use);
    v.name = p.name.c_str();
    v.value = p.value.c_str();
    v.effective_from = from_date(p.effective_from);
    v.source = p.source.c_str();
    write_output_struct(out, v, kParameterUseV1, "out");
  });
}

lde_status lde_decision_step_note(const lde_decision* decision, size_t step, size_t index, const char** out) {
  return guard([&] {
    need(out, "out");
    *out = nullptr;
    const lde::TraceStep& s = step_of(decision, step);
    check_item(index, s.notes.size(), "notes");
    *out = s.notes[index].c_str();
  });
}

// --- experimental -------------------------------------------------------------------

lde_status lde_x_decision_trace_text(const lde_decision* decision, char* out, size_t out_size, size_t* out_needed) {
  return guard([&] { copy_out(need(decision, "decision").trace.to_text(), out, out_size, out_needed); });
}

}  // extern "C"
