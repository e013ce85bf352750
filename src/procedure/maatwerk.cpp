// Maatwerk alongside LDE (WSE-FAQ 1.11-1.13, 2.10, 2.11; I-29).
#include "lde/procedure/maatwerk.hpp"

#include "lde/core/error.hpp"
#include "lde/core/money.hpp"
#include "lde/procedure/rules.hpp"

namespace lde {

namespace {

void non_negative(Fte f, const char* field) {
  if (f.units() < 0) throw Error(ErrorCode::invalid_argument, field, "FTE " + f.to_string() + " is negative (I-20)");
}

}  // namespace

MaatwerkResult maatwerk_conditions(const MaatwerkActivity& activity, bool sui_generis_division, Date at,
                                   const ParameterSet& params, Trace* trace) {
  MaatwerkResult out;
  const Date lookup = rules_date(at, params);
  if (activity.company) {
    const MaatwerkCompanyInput& c = *activity.company;
    non_negative(c.maatwerk_right_fte, "maatwerk.company.maatwerk_right_fte");
    non_negative(c.lde_right_fte, "maatwerk.company.lde_right_fte");
    TraceStep* s = begin_step(trace, procedure::kMaatwerkCompany);
    MaatwerkCompanyResult r;
    r.total_fte = c.maatwerk_right_fte + c.lde_right_fte;
    r.minimum_fte = params.fte("maatwerk.company_min_fte", lookup, s);
    r.minimum_share = params.percent("maatwerk.company_min_share_percent", lookup, s);
    r.meets_fte = r.total_fte >= r.minimum_fte;
    if (r.total_fte.units() > 0) {
      const Rational share(c.maatwerk_right_fte.units(), r.total_fte.units());
      r.share = Percent::of_ratio(share);
      r.meets_share = share >= r.minimum_share.as_ratio();  // exact, like I-17
    }
    r.met = r.meets_fte && r.meets_share;
    if (!r.meets_fte) out.failing.emplace_back("company_fte");
    if (!r.meets_share) out.failing.emplace_back("company_share");
    if (s) {
      s->input("maatwerk_right_fte", c.maatwerk_right_fte.to_string()).input("lde_right_fte", c.lde_right_fte.to_string());
      s->note("workers with an LDE right count in the denominator, never in the numerator (2.10, I-29)");
      s->result("target workers " + r.total_fte.to_string() + " FTE (minimum " + r.minimum_fte.to_string() +
                "); maatwerk share " + c.maatwerk_right_fte.to_string() + " / " + r.total_fte.to_string() + " = " +
                r.share.to_string() + " % (minimum " + r.minimum_share.to_string() + " %, compared exactly): " +
                (r.met ? "met" : "not met"));
    }
    out.company = r;
  }
  if (activity.division) {
    const MaatwerkDivisionInput& d = *activity.division;
    non_negative(d.site_fte, "maatwerk.division.site_fte");
    TraceStep* s = begin_step(trace, procedure::kMaatwerkDivision);
    MaatwerkDivisionResult r;
    r.site_fte = d.site_fte;
    r.minimum_fte = params.fte("maatwerk.division_min_fte", lookup, s);
    r.meets_fte = d.site_fte >= r.minimum_fte;
    r.sui_generis = sui_generis_division;
    r.allowed = sui_generis_division;
    r.met = r.meets_fte && r.allowed;
    if (!r.meets_fte) out.failing.emplace_back("division_fte");
    if (!r.allowed) out.failing.emplace_back("division_sui_generis");
    if (s) {
      s->input("site_fte", d.site_fte.to_string()).input("sui_generis_division", sui_generis_division ? "true" : "false");
      s->result("maatwerkafdeling " + d.site_fte.to_string() + " FTE on one site, yearly basis (minimum " +
                r.minimum_fte.to_string() + "); " +
                (r.allowed ? "the LDE enterprise has a sui generis division"
                           : "the LDE enterprise has no sui generis division, which 2.11 requires") +
                ": " + (r.met ? "met" : "not met"));
    }
    out.division = r;
  }
  return out;
}

}  // namespace lde
