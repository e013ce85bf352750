// Occupancy of the contingent, measured in the third quarter for the previous year (I-19).
#include "lde/enterprise/occupancy.hpp"
#include "lde/enterprise/rules.hpp"

#include "internal.hpp"
#include "lde/core/error.hpp"

namespace lde {

OccupancyResult occupancy(const Enterprise& enterprise, int measurement_year, const ParameterSet& params,
                          Trace* trace) {
  using namespace enterprise_detail;
  check_year_in(measurement_year, kFirstYear, kLastYear, "year");
  validate(enterprise, params);
  TraceStep* s = begin_step(trace, enterprise::kOccupancy);
  const int year = measurement_year - 1;
  const Date year_start = Date::from_ymd(measurement_year, 1, 1, "measurement_year");
  const auto q = params.integer("occupancy.measurement_quarter", rules_date(year_start, params, s), s);
  if (q < 1 || q > 4) {
    throw Error(ErrorCode::invalid_argument, "occupancy.measurement_quarter",
                "parameter value " + std::to_string(q) + " is not a quarter 1..4");
  }
  OccupancyResult out{year, Quarter(measurement_year, static_cast<int>(q)), {}, Percent{}, Percent{}, Fte{}, Fte{},
                      false, {}, {}, {}, 0, Fte{}};
  out.minimum = params.percent("occupancy.minimum_percent", rules_date(out.measured_in.first_day(), params, s), s);
  if (year < kFirstYear) {
    // E-12: the year before the first calendar year holds no DmfA quarter: nothing can be measured.
    out.measurable = false;
    out.contingent_before = contingent_on(enterprise, out.measured_in.first_day());
    out.contingent_after = out.contingent_before;
    if (s) {
      s->input("measurement_year", std::to_string(measurement_year));
      s->result("occupancy of " + std::to_string(year) + " is not measurable: it lies before " +
                std::to_string(kFirstYear) + ", the first supported year; no reduction, contingent stays " +
                out.contingent_before.to_string() + " FTE (E-12)");
    }
    return out;
  }
  Rational sum(0);
  for (int i = 0; i < 4; ++i) {
    const auto k = static_cast<std::size_t>(i);
    const Quarter quarter(year, i + 1);
    const auto segments = contingent_segments(enterprise, quarter.period());
    const Fte contingent = fte_hundredths_of(contingent_fte_days(segments) / Rational(quarter.days()));
    const Fte fte = dmfa_total(enterprise, quarter, false).round_to_hundredths();
    out.quarter_fte[k] = fte;
    out.quarter_contingent[k] = contingent;
    if (contingent.units() == 0) {
      if (s) s->note(quarter.iso() + ": no contingent, the quarter is left out of the average (E-3)");
      continue;
    }
    // A quarter filled above its contingent counts as 100 % (E-2).
    out.quarter_occupancy[k] = Percent::of_ratio(min(fte, contingent).as_rational() / contingent.as_rational());
    out.quarter_counted[k] = true;
    ++out.quarters_counted;
    sum = sum + out.quarter_occupancy[k].as_ratio();
    if (s) {
      s->input("quarter." + quarter.iso(), fte.to_string() + " FTE / contingent " + contingent.to_string() + " = " +
                                               out.quarter_occupancy[k].to_string() + " %");
    }
  }
  out.contingent_before = contingent_on(enterprise, out.measured_in.first_day());
  out.contingent_after = out.contingent_before;
  if (out.quarters_counted > 0) {
    out.rate = Percent::of_ratio(sum / Rational(out.quarters_counted));
    if (out.rate < out.minimum) {
      const Rational shortfall = out.minimum.as_ratio() - out.rate.as_ratio();
      out.reduction = min(fte_hundredths_of(out.contingent_before.as_rational() * shortfall), out.contingent_before);
      out.contingent_after = Fte::from_units(out.contingent_before.units() - out.reduction.units());
      out.reduced = out.reduction.units() > 0;
    }
  }
  if (s) {
    s->input("contingent_on." + out.measured_in.first_day().iso(), out.contingent_before.to_string());
    if (out.reduced) {
      s->note("reduction = contingent " + out.contingent_before.to_string() + " × (" + out.minimum.to_string() + " − " +
              out.rate.to_string() + ") / 100 = " + out.reduction.to_string() +
              " FTE, kept to 2 decimals; new contingent = " + out.contingent_before.to_string() + " − " +
              out.reduction.to_string() + " = " + out.contingent_after.to_string() +
              " FTE, so the freed and the remaining contingent add up exactly (I-19)");
    }
    if (out.quarters_counted == 0) {
      s->result("nothing to measure for " + std::to_string(year) + ": no quarter with a contingent (E-3)");
    } else {
      s->result("occupancy " + std::to_string(year) + " measured in " + out.measured_in.iso() + ": " +
                out.rate.to_string() + " % over " + std::to_string(out.quarters_counted) + " quarter(s), minimum " +
                out.minimum.to_string() + " %: contingent " + out.contingent_before.to_string() + " → " +
                out.contingent_after.to_string() + " FTE");
    }
  }
  return out;
}

}  // namespace lde
