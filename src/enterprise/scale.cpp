// Minimum scale: yearly average of the quarterly FTE totals, at least 5.00 per label (I-17).
#include "lde/enterprise/scale.hpp"
#include "lde/enterprise/rules.hpp"

#include "internal.hpp"
#include "lde/core/parameters.hpp"

namespace lde {

ScaleResult minimum_scale(const Enterprise& enterprise, int year, const ParameterSet& params, Trace* trace) {
  using namespace enterprise_detail;
  check_year(year);
  validate(enterprise, params);
  TraceStep* s = begin_step(trace, enterprise::kScaleMinimum);
  ScaleResult out{};
  out.year = year;
  const Date first = Date::from_ymd(year, 1, 1, "year");
  const Date last = Date::from_ymd(year, 12, 31, "year");
  std::int64_t sum_units = 0;
  for (int q = 1; q <= 4; ++q) {
    const Quarter quarter(year, q);
    out.quarter_fte[static_cast<std::size_t>(q - 1)] = dmfa_total(enterprise, quarter, true).round_to_hundredths();
    sum_units += out.quarter_fte[static_cast<std::size_t>(q - 1)].units();
    if (s) {
      s->input("quarter_fte." + quarter.iso(), out.quarter_fte[static_cast<std::size_t>(q - 1)].to_string());
      if (enterprise.dmfa.find(quarter) == enterprise.dmfa.end()) s->note(quarter.iso() + " has no DmfA lines: 0.00 FTE (E-3)");
    }
  }
  // I-17: the average itself is not rounded; the quarters are in hundredths, so it is exact in
  // ten-thousandths (a multiple of 0.0025) and compared exactly.
  out.average_fte = Fte::from_units(sum_units / 4);
  out.minimum = params.fte("scale.minimum_average_fte", rules_date(first, params, s), s);
  out.compliant = out.average_fte >= out.minimum;
  if (enterprise.converted) {
    // The value in force on the last day of the year, when the yearly average is complete (E-4).
    out.must_comply_from = params.date("scale.converted_compliance_date", rules_date(last, params, s), s);
    if (s) {
      for (const auto& h : params.definition("scale.converted_compliance_date").history) {
        s->note("compliance date history: from " + h.from.iso() + " the date is " + to_string(h.value) + " (" +
                h.source + ")");
      }
    }
  } else if (enterprise.allocation_date) {
    out.must_comply_from = transition_dates(*enterprise.allocation_date, params, s).conditions_from;
  }
  // A year is checked only when its first day is on or after the compliance date (E-7).
  out.applies = out.must_comply_from.has_value() && first >= *out.must_comply_from;
  out.label_may_be_withdrawn = out.applies && !out.compliant;  // 2.4, 2.5 (E-14)
  if (s) {
    s->input("converted", enterprise.converted ? "true" : "false")
        .input("allocation_date", enterprise.allocation_date ? enterprise.allocation_date->iso() : "none");
    s->note("yearly average = (" + out.quarter_fte[0].to_string() + " + " + out.quarter_fte[1].to_string() + " + " +
            out.quarter_fte[2].to_string() + " + " + out.quarter_fte[3].to_string() + ") / 4 = " +
            out.average_fte.to_string() + " exactly, not rounded before the comparison (I-17)");
    s->result("yearly average " + out.average_fte.to_string() + " FTE against minimum " + out.minimum.to_string() +
              (out.compliant ? " (met)" : " (not met)") + "; must comply from " +
              (out.must_comply_from ? out.must_comply_from->iso() : std::string("unknown")) +
              (out.applies ? ", so the check applies to " : ", so the check does not apply yet to ") +
              std::to_string(year) +
              (out.label_may_be_withdrawn ? "; not met while it applies: the label may be withdrawn (2.4, E-14)" : ""));
  }
  return out;
}

}  // namespace lde
