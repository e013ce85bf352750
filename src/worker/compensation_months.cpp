// The worker's compensation month by month (worker.compensation.months: I-12, I-14, I-23),
// from one evaluation of the dossier and the status rule on each month's first day.
#include "lde/worker/compensation_months.hpp"
#include "lde/enterprise/enterprise.hpp"
#include "lde/worker/rules.hpp"

#include "internal.hpp"

#include <string>

namespace lde {

namespace {
constexpr const char* kRate = "compensation.annual_rate_per_fte";
}  // namespace

MonthlyRates::MonthlyRates(const ParameterSet& params, int first_year, int last_year)
    : first_year_(first_year), last_year_(last_year) {
  if (first_year < kFirstCompensationYear || last_year > kLastCompensationYear || last_year < first_year ||
      last_year - first_year + 1 > kMaxCompensationYears) {
    throw Error(ErrorCode::invalid_argument, "years",
                "expected a range of at most " + std::to_string(kMaxCompensationYears) + " years within " +
                    std::to_string(kFirstCompensationYear) + " .. " + std::to_string(kLastCompensationYear) + ", got " +
                    std::to_string(first_year) + " .. " + std::to_string(last_year));
  }
  const ParameterDefinition& rate_def = params.definition(kRate);
  const auto years = static_cast<std::size_t>(last_year - first_year + 1);
  cent_days_.resize(years * 12);
  changes_.resize(years * 12);
  year_den_.resize(years);
  for (std::size_t y = 0; y < years; ++y) year_den_[y] = std::int64_t{10000} * days_in_year(first_year + static_cast<int>(y));
  // I-23: each day at the rate in force on it; the month cut where the rate changes, each run
  // looked up on its first day (the decree's entry into force for earlier days, I-21).
  for (std::size_t m = 0; m < cent_days_.size(); ++m) {
    const Month month = this->month(m);
    const Date last = month.last_day();
    std::int64_t sum = 0;
    int runs = 0;
    for (Date from = month.first_day();;) {
      const Date rate_date = rules_date(from, params);
      const Money rate = params.money(kRate, rate_date);
      if (rate.cents() < 0 || rate.cents() > enterprise_limits::max_annual_rate_cents) {
        // E-15: a changed parameter set may hold any amount; this one is refused, naming the parameter.
        throw Error(ErrorCode::out_of_range, kRate,
                    "rate " + rate.to_string() + " in force on " + rate_date.iso() + " is outside 0.00 .. " +
                        Money::from_cents(enterprise_limits::max_annual_rate_cents).to_string() +
                        " EUR per FTE per year (E-15)");
      }
      Date to = last;
      for (const ParameterEntry& next : rate_def.history) {
        if (next.from > rate_date) {
          if (next.from <= last) to = next.from.previous_day();
          break;
        }
      }
      sum += rate.cents() * Period(from, to).days();
      ++runs;
      if (to == last) break;
      from = to.next_day();
    }
    cent_days_[m] = sum;
    changes_[m] = runs > 1 ? 1 : 0;
  }
}

std::vector<CompensationMonth> compensation_months(const WorkerDossier& dossier, int first_year, int last_year,
                                                   Fte fraction, const ParameterSet& params, Trace* trace) {
  validate(dossier);
  Fte::check_fraction(fraction, "fraction");
  const MonthlyRates rates(params, first_year, last_year);
  const worker_detail::WorkerParams wp(params);
  worker_detail::WorkerScratch scratch;
  // The date-independent part once (right periods, trajectory, continuation) ...
  worker_detail::right_periods_into(dossier, wp, trace, scratch);
  worker_detail::WorkerFacts facts;
  worker_detail::facts_with(dossier, wp, trace, worker_detail::Detail::values, scratch, facts);
  TraceStep* s = begin_step(trace, worker::kCompensationMonths);
  if (s) {
    s->input("years", std::to_string(first_year) + ".." + std::to_string(last_year)).input("fraction", fraction.to_string());
  }
  // ... and the status rule on each month's first day (the registration of I-14).
  std::vector<CompensationMonth> out;
  out.reserve(rates.months());
  Money total;
  std::size_t paid = 0;
  for (std::size_t m = 0; m < rates.months(); ++m) {
    CompensationMonth row{rates.month(m), false, Money{}, std::nullopt, ContinuationKind::none};
    const Date first = row.month.first_day();
    const worker_detail::StatusOnDate on = worker_detail::status_on(dossier, facts, first, nullptr);
    row.right_kind = worker_detail::right_in_force(scratch.periods, first, nullptr).kind;
    row.continuation = on.in_continuation ? facts.continuation.kind : ContinuationKind::none;
    row.compensated = on.compensated;
    if (on.compensated) {
      row.amount = Money::from_cents(rates.amount_cents(m, fraction.units()));
      total = total + row.amount;
      ++paid;
      if (s) {
        s->note(row.month.iso() + ": compensated on " + first.iso() + ", " + row.amount.to_string() +
                (rates.rate_changes_in(m) ? " (the rate changes in the month: Σ rate(day) × fraction / days in the year, I-23)"
                                          : ""));
      }
    }
    out.push_back(row);
  }
  if (s) {
    s->result(std::to_string(paid) + " of " + std::to_string(rates.months()) + " months compensated, " +
              total.to_string() + " EUR in all, each month rounded once (I-12)");
  }
  return out;
}

}  // namespace lde
