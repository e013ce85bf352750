// The money of a local service: the compensation cap (WSE-FAQ 4.9, 4.12; I-26, L-6) and the deduction for
// local co-funding of insertion and guidance (4.10; I-27). Exact rationals, rounded once (I-12).
#include "lde/local_service/compensation.hpp"

#include "lde/core/error.hpp"
#include "lde/local_service/rules.hpp"

#include "internal.hpp"

#include <algorithm>
#include <string>

namespace lde::local_service {

namespace detail {

namespace {

/// Σ over the days of [first, last] of 1 / days in that day's year (L-6).
Rational year_share(Date first, Date last) {
  Rational share(0);
  for (int y = first.year(); y <= last.year(); ++y) {
    const Date a = y == first.year() ? first : Date::from_ymd(y, 1, 1);
    const Date b = y == last.year() ? last : Date::from_ymd(y, 12, 31);
    share = share + Rational(days_between(a, b) + 1, days_in_year(y));
  }
  return share;
}

Money max0(Money m) { return m.cents() < 0 ? Money() : m; }

}  // namespace

std::optional<CompensationResult> compensation_of(const LocalService& s, Date at, const ParameterSet& params,
                                                  Trace* trace) {
  if (!s.compensation) return std::nullopt;
  const Compensation& c = *s.compensation;
  TraceStep* st = begin_step(trace, kCompensationCap);
  CompensationResult r;
  r.first_day = c.first_day;
  r.last_day = c.last_day;
  const Rational share = year_share(c.first_day, c.last_day);
  r.year_share = share.to_decimal(6);
  r.net_cost = c.costs - c.revenues;
  const Percent premium = params.percent("daeb.reasonable_profit_premium_percent", rules_date(at, params), st);
  r.premium = RatePercent::from_ten_thousandths(premium.hundredths() * 100);
  const std::int64_t rate = c.swap_rate.ten_thousandths() + r.premium.ten_thousandths();
  r.profit_rate = RatePercent::from_ten_thousandths(std::max<std::int64_t>(0, rate));
  r.capital_employed = c.capital_employed;
  r.max_profit = Money::round(r.profit_rate.as_fraction() * c.capital_employed.as_rational_cents() * share);
  r.cap = max0(r.net_cost + r.max_profit);
  r.compensation = c.compensation;
  r.overcompensation = max0(c.compensation - r.cap);
  const bool met = r.overcompensation.cents() == 0;
  r.check = {met, &kCompensationCap,
             "compensation " + c.compensation.to_string() + " against the cap " + r.cap.to_string() + " = max(0, net cost " +
                 r.net_cost.to_string() + " + reasonable profit at most " + r.max_profit.to_string() + ")" +
                 (met ? "" : ": overcompensation " + r.overcompensation.to_string()),
             met ? std::vector<std::string>{} : std::vector<std::string>{"overcompensation"}};
  if (st) {
    st->input("period", c.first_day.iso() + " .. " + c.last_day.iso())
        .input("costs", c.costs.to_string())
        .input("revenues", c.revenues.to_string())
        .input("capital_employed", c.capital_employed.to_string())
        .input("swap_rate_percent", c.swap_rate.to_string())
        .input("compensation", c.compensation.to_string());
    st->note("reasonable profit at most (SWAP " + c.swap_rate.to_string() + " % + " + r.premium.to_string() +
             " %, at least 0) = " + r.profit_rate.to_string() + " % × capital employed " +
             c.capital_employed.to_string() + " × year share " + r.year_share + " = " + r.max_profit.to_string() +
             " (rounded once, I-12)");
    if (rate < 0) st->note("SWAP rate plus premium is negative: the reasonable profit is 0 (L-6)");
    if (r.net_cost + r.max_profit < Money()) st->note("revenues exceed costs plus the reasonable profit: the cap is 0 (L-6)");
    st->result(std::string(met ? "met" : "not met") + ": " + r.check.detail);
  }
  return r;
}

std::optional<CoFundingResult> co_funding_of(const LocalService& s, Trace* trace) {
  if (!s.co_funding) return std::nullopt;
  const CoFunding& c = *s.co_funding;
  CoFundingResult r;
  r.first_day = c.first_day;
  r.last_day = c.last_day;
  r.trajectory_compensation = c.trajectory_compensation;
  r.local_co_funding = c.local_co_funding;
  r.total_received = c.trajectory_compensation + c.local_co_funding;
  r.net_cost = c.net_cost;
  r.overcompensation = max0(r.total_received - c.net_cost);
  r.deduction = std::min(r.overcompensation, c.local_co_funding);
  r.trajectory_compensation_after = c.trajectory_compensation - r.deduction;
  const bool met = r.overcompensation.cents() == 0;
  r.check = {met, &kCoFunding,
             "received for insertion and guidance " + r.total_received.to_string() + " (trajectory compensation " +
                 c.trajectory_compensation.to_string() + " + local co-funding " + c.local_co_funding.to_string() +
                 ") against the net cost " + c.net_cost.to_string() +
                 (met ? ": no overcompensation"
                      : ": overcompensation " + r.overcompensation.to_string() + ", deducted " + r.deduction.to_string() +
                            " from the trajectory compensation"),
             met ? std::vector<std::string>{} : std::vector<std::string>{"co_funding_overcompensation"}};
  if (TraceStep* st = begin_step(trace, kCoFunding)) {
    st->input("period", c.first_day.iso() + " .. " + c.last_day.iso())
        .input("trajectory_compensation", c.trajectory_compensation.to_string())
        .input("local_co_funding", c.local_co_funding.to_string())
        .input("net_cost", c.net_cost.to_string());
    if (r.overcompensation > c.local_co_funding) {
      st->note("the deduction is at most the local co-funding " + c.local_co_funding.to_string() + " (I-27)");
    }
    st->result(std::string(met ? "met" : "not met") + ": " + r.check.detail);
  }
  return r;
}

}  // namespace detail

std::optional<CompensationResult> compensation_cap(const LocalService& service, Date at, const ParameterSet& params,
                                                   Trace* trace) {
  validate(service);
  return detail::compensation_of(service, at, params, trace);
}

std::optional<CoFundingResult> co_funding(const LocalService& service, Trace* trace) {
  validate(service);
  return detail::co_funding_of(service, trace);
}

}  // namespace lde::local_service
