// Compensation: monthly advances (I-14), quarterly rights and settlements (I-15),
// payment references (I-16), the year schedule. Money is exact and rounded once (I-12).
#include "lde/enterprise/compensation.hpp"
#include "lde/enterprise/rules.hpp"

#include "internal.hpp"
#include "params.hpp"
#include "lde/core/error.hpp"

#include <cstdio>

namespace lde {

namespace {

using enterprise_detail::EnterpriseParam;
using enterprise_detail::EnterpriseParams;
using enterprise_detail::kEnterpriseParamNames;

std::string two_digits(int n) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d", n);
  return buf;
}

// The amount for @p period: the yearly temporary fixed amount or rate × capped FTE, per day of the year (I-14, I-15).
struct PeriodAmount {
  Fte contingent;          // in force on the first day, or the day-weighted average when it changes
  Fte capped;              // min(filled, contingent), day-weighted when the contingent changes
  bool changed = false;
  bool transition = false;
  Money amount;
};

PeriodAmount period_amount(const Enterprise& e, const Period& period, Fte filled, const EnterpriseParams& ep,
                           TraceStep* s) {
  using namespace enterprise_detail;
  PeriodAmount out;
  const int year = period.first().year();
  const Int128 year_days = days_in_year(year);
  const Int128 days = period.days();
  const auto segments = contingent_segments(e, period);
  out.changed = segments.size() > 1;
  const Rational capped_days = capped_fte_days(filled, segments);
  out.contingent = out.changed ? fte_of(contingent_fte_days(segments) / Rational(days, 1)) : segments.front().fte;
  out.capped = out.changed ? fte_of(capped_days / Rational(days, 1)) : min(filled, segments.front().fte);
  if (s) {
    for (const auto& seg : segments) {
      s->note("contingent " + seg.fte.to_string() + " FTE on " + seg.period.iso() + " (" +
              std::to_string(seg.period.days()) + " days)");
    }
    if (out.changed) s->note("the contingent changes during the period: the cap is applied day by day (E-1)");
  }
  auto it = e.transition_amounts.find(year);
  if (it != e.transition_amounts.end()) {
    out.transition = true;
    out.amount = Money::round(it->second.as_rational_cents() * Rational(days, year_days));
    if (s) {
      // validate() allowed the amount only inside these years (I-14); record them with their sources.
      const Date at = ep.rules_date(Date::from_ymd(year, 1, 1, "year"), s);
      const auto first = ep.integer(EnterpriseParam::fixed_amount_first_year, at, s);
      const auto last = ep.integer(EnterpriseParam::fixed_amount_last_year, at, s);
      s->input("temporary_fixed_amount." + std::to_string(year), it->second.to_string());
      s->note("financial transition of converted enterprises: " + std::to_string(first) + " to " +
              std::to_string(last) + " (I-14; ministerial decisions of 17 July 2015 and 16 March 2016)");
      s->note("yearly temporary fixed amount " + it->second.to_string() + " / " + std::to_string(days_in_year(year)) +
              " × " + std::to_string(period.days()) + " replaces rate × FTE (I-14)");
    }
    return out;
  }
  // I-23: money over a period is the sum over its days of rate(day) × capped FTE(day) / days in the year.
  // The period is cut where the rate changes (each run looked up on its first day, I-21 before the
  // decree) and, inside each run, where the contingent changes (E-1); rounded once (I-12).
  constexpr EnterpriseParam kRate = EnterpriseParam::annual_rate_per_fte;
  Rational cents_fte_days;  // Σ rate cents × capped FTE-days
  std::vector<std::string> runs;
  for (Date from = period.first();;) {
    const Date rate_date = ep.rules_date(from, s);
    const Money rate = ep.money(kRate, rate_date, s);
    if (rate.cents() < 0 || rate.cents() > enterprise_limits::max_annual_rate_cents) {
      // E-15: a changed parameter set may hold any amount; this one is refused, naming the parameter.
      throw Error(ErrorCode::out_of_range, kEnterpriseParamNames[static_cast<unsigned>(kRate)],
                  "rate " + rate.to_string() + " in force on " + rate_date.iso() + " is outside 0.00 .. " +
                      Money::from_cents(enterprise_limits::max_annual_rate_cents).to_string() +
                      " EUR per FTE per year (E-15)");
    }
    Date to = period.last();
    if (const auto next = ep.next_change_after(kRate, rate_date); next && *next <= period.last()) to = next->previous_day();
    const Period run(from, to);
    const Rational run_days = run == period ? capped_days : capped_fte_days(filled, contingent_segments(e, run));
    cents_fte_days = cents_fte_days + rate.as_rational_cents() * run_days;
    if (s) runs.push_back("rate " + rate.to_string() + " on " + run.iso() + " (" + std::to_string(run.days()) + " days)");
    if (to == period.last()) break;
    from = to.next_day();
  }
  out.amount = Money::round(cents_fte_days / Rational(year_days, 1));
  if (s) {
    if (runs.size() > 1) {
      for (const auto& r : runs) s->note(r);
      s->note("the rate changes during the period: each day is paid at the rate in force on it, Σ rate(day) × " +
              std::string(out.changed ? "day-weighted " : "") + "capped FTE " + out.capped.to_string() + " / " +
              std::to_string(days_in_year(year)) + ", rounded once (I-23, I-12)");
    } else {
      s->note(runs.front() + " × " + (out.changed ? "day-weighted " : "") + "capped FTE " + out.capped.to_string() +
              " / " + std::to_string(days_in_year(year)) + " × " + std::to_string(period.days()) +
              ", rounded once (I-12)");
    }
  }
  return out;
}

}  // namespace

namespace enterprise_detail {

MonthlyAdvance advance_impl(const Enterprise& e, const Month& month, const ParameterSet& params, Trace* trace) {
  return advance_impl(e, month, EnterpriseParams(params), trace);
}

QuarterlySettlement settlement_impl(const Enterprise& e, const Quarter& quarter, const ParameterSet& params,
                                    Trace* trace) {
  return settlement_impl(e, quarter, EnterpriseParams(params), trace, nullptr);
}

MonthlyAdvance advance_impl(const Enterprise& e, const Month& month, const EnterpriseParams& ep, Trace* trace) {
  TraceStep* s = begin_step(trace, enterprise::kMonthlyAdvance);
  const Fte filled = registered_fte(e, month);
  if (s) {
    s->input("month", month.iso()).input("filled_fte", filled.to_string()).input("allocation_number", e.allocation_number);
    // Given hire by hire: the number of hires and the sum of their contractual fractions (I-14, I-20).
    if (auto it = e.hire_fractions.find(month); it != e.hire_fractions.end()) {
      s->input("hires.count", std::to_string(it->second.size())).input("hires.fraction_sum", filled.to_string());
      std::string terms;
      for (const Fte& f : it->second) terms += (terms.empty() ? "" : " + ") + f.to_string();
      s->note("filled FTE = sum of the contractual fractions of the " + std::to_string(it->second.size()) +
              " hires registered for " + month.iso() + ": " + (terms.empty() ? std::string("none") : terms) +
              " = " + filled.to_string() + " (I-14)");
    }
  }
  const PeriodAmount pa = period_amount(e, month.period(), filled, ep, s);
  const Date day_param_at = ep.rules_date(month.first_day(), s);
  const auto pay_day = ep.integer(EnterpriseParam::advance_payment_day, day_param_at, s);
  const int pay_day_clamped = static_cast<int>(std::min<std::int64_t>(std::max<std::int64_t>(pay_day, 1), month.days()));
  MonthlyAdvance out{month,
                     filled,
                     pa.contingent,
                     pa.capped,
                     pa.transition,
                     pa.amount,
                     "Voorschot.LDE." + std::to_string(month.year()) + "." + two_digits(month.month()) + "." +
                         e.allocation_number,
                     pa.changed,
                     Date::from_ymd(month.year(), month.month(), pay_day_clamped, "compensation.advance_payment_day")};
  if (s) {
    s->result("advance " + out.amount.to_string() + " EUR for " + month.iso() + ", paid around " +
              out.payment_around.iso() + " with reference " + out.payment_reference);
  }
  return out;
}

QuarterlySettlement settlement_impl(const Enterprise& e, const Quarter& quarter, const EnterpriseParams& ep,
                                    Trace* trace, const MonthlyAdvance* published) {
  TraceStep* s = begin_step(trace, enterprise::kQuarterlySettlement);
  const Fte dmfa = dmfa_total(e, quarter, false);
  if (s) {
    s->input("quarter", quarter.iso()).input("dmfa_fte", dmfa.to_string()).input("allocation_number", e.allocation_number);
    if (e.dmfa.find(quarter) == e.dmfa.end()) s->note("no DmfA lines for the quarter: 0 FTE (E-3)");
  }
  const PeriodAmount pa = period_amount(e, quarter.period(), dmfa, ep, s);
  Money advances;
  Month m = quarter.first_month();
  for (int i = 0; i < 3; ++i) {
    // The quarter's three advances: given by the year schedule, which has just computed them, or computed here.
    const Money amount = published != nullptr ? published[i].amount : advance_impl(e, m, ep, nullptr).amount;
    advances += amount;
    if (s) s->input("advance." + m.iso(), amount.to_string());
    if (i < 2) m = m.next();  // never past the quarter's last month (9999-12 has no next month)
  }
  QuarterlySettlement out{quarter,
                          dmfa,
                          pa.contingent,
                          pa.capped,
                          pa.transition,
                          pa.amount,
                          advances,
                          pa.amount - advances,
                          "Afrekening." + std::to_string(quarter.year()) + "." + std::to_string(quarter.quarter()) +
                              "." + e.allocation_number,
                          pa.changed};
  if (s) {
    s->result("right " + out.right.to_string() + " EUR − published advances " + out.advances.to_string() +
              " EUR = settlement " + out.settlement.to_string() + " EUR (" +
              (out.settlement.cents() < 0 ? "the enterprise pays back" : "paid to the enterprise") +
              "), reference " + out.payment_reference);
  }
  return out;
}

}  // namespace enterprise_detail

MonthlyAdvance monthly_advance(const Enterprise& enterprise, Month month, const ParameterSet& params, Trace* trace) {
  validate(enterprise, params);
  return enterprise_detail::advance_impl(enterprise, month, params, trace);
}

QuarterlySettlement quarterly_settlement(const Enterprise& enterprise, Quarter quarter, const ParameterSet& params,
                                         Trace* trace) {
  validate(enterprise, params);
  return enterprise_detail::settlement_impl(enterprise, quarter, params, trace);
}

YearSchedule year_schedule(const Enterprise& enterprise, int year, const ParameterSet& params, Trace* trace) {
  enterprise_detail::check_year(year);
  validate(enterprise, params);
  return enterprise_detail::year_schedule_validated(enterprise, year, enterprise_detail::EnterpriseParams(params), trace);
}

YearSchedule enterprise_detail::year_schedule_validated(const Enterprise& enterprise, int year,
                                                        const EnterpriseParams& ep, Trace* trace) {
  YearSchedule out{year, {}, {}, Money{}, Money{}, Money{}};
  out.advances.reserve(12);
  out.settlements.reserve(4);
  for (int m = 1; m <= 12; ++m) {
    out.advances.push_back(enterprise_detail::advance_impl(enterprise, Month(year, m), ep, trace));
    out.total_advances += out.advances.back().amount;
  }
  for (int q = 1; q <= 4; ++q) {
    out.settlements.push_back(enterprise_detail::settlement_impl(enterprise, Quarter(year, q), ep, trace,
                                                                 out.advances.data() + 3 * (q - 1)));
    out.total_settlements += out.settlements.back().settlement;
    out.total_rights += out.settlements.back().right;
  }
  if (out.total_advances + out.total_settlements != out.total_rights) {
    throw Error(ErrorCode::internal, "year", "advances + settlements differ from the sum of the quarterly rights");
  }
  if (TraceStep* s = begin_step(trace, enterprise::kYearSchedule)) {
    s->input("year", std::to_string(year)).input("allocation_number", enterprise.allocation_number);
    s->result("advances " + out.total_advances.to_string() + " EUR + settlements " + out.total_settlements.to_string() +
              " EUR = quarterly rights " + out.total_rights.to_string() + " EUR; no yearly settlement");
  }
  return out;
}

}  // namespace lde
