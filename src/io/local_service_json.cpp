// The local-service kind of the JSON format: the reader and writer of a local service, the decision object
// and the evaluation input `{"at", "local_service", "parameters"?}`.
// docs/format.md "Local service"; docs/schema/local-service.schema.json.
#include "lde/io/local_service.hpp"

#include "lde/core/error.hpp"

#include "internal.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace lde::io {

using ojson = nlohmann::ordered_json;

namespace detail {

namespace {

namespace ls = lde::local_service;

template <class E, class Parse>
std::vector<E> enum_list(const ojson& j, const std::string& path, std::string_view origin, Parse parse) {
  std::vector<E> out;
  const ojson& arr = as_array(j, path, origin);
  for (std::size_t i = 0; i < arr.size(); ++i) {
    const std::string p = index(path, i);
    const std::string text = as_name(arr[i], p, origin);
    out.push_back(relabel(p, origin, [&] { return parse(text, p); }));
  }
  return out;
}

template <class E, class Parse>
E enum_value(const ojson& j, const std::string& path, std::string_view origin, Parse parse) {
  const std::string text = as_name(j, path, origin);
  return relabel(path, origin, [&] { return parse(text, path); });
}

ls::RatePercent as_rate(const ojson& j, const std::string& path, std::string_view origin) {
  const std::string text = decimal_text(j, path, origin);
  return relabel(path, origin, [&] { return ls::RatePercent::parse(text, path); });
}

template <class E>
ojson names(const std::vector<E>& values) {
  ojson out = ojson::array();
  for (E v : values) out.push_back(std::string(ls::to_string(v)));
  return out;
}

ojson check_json(const ls::Check& c) {
  return {{"met", c.met},
          {"rule", std::string(c.rule->id)},
          {"readings", c.rule->reading_list()},
          {"detail", c.detail},
          {"failing", c.failing}};
}

template <class E>
ojson enum_or_null(const std::optional<E>& v) {
  return v ? ojson(std::string(ls::to_string(*v))) : ojson(nullptr);
}

bool is_service_field(const std::string& field) {
  for (std::string_view k : {"name", "klaverblad", "municipalities", "trajectories", "daeb_declared_by", "assignment",
                             "market", "impact_analysis", "compensation", "co_funding"}) {
    if (field.rfind(k, 0) == 0 && (field.size() == k.size() || field[k.size()] == '.' || field[k.size()] == '[')) {
      return true;
    }
  }
  return false;
}

}  // namespace

ls::LocalService local_service_from(const ojson& j, const std::string& root, std::string_view origin) {
  const Reader r(j, root, origin,
                 {"name", "klaverblad", "municipalities", "trajectories", "daeb_declared_by", "assignment", "market",
                  "impact_analysis", "compensation", "co_funding"});
  ls::LocalService s;
  s.name = as_name(r.required("name"), r.path("name"), origin);
  s.klaverblad = enum_value<ls::Klaverblad>(r.required("klaverblad"), r.path("klaverblad"), origin,
                                            [](const std::string& t, const std::string& p) { return ls::parse_klaverblad(t, p); });
  if (const ojson* m = r.optional_nonnull("municipalities")) s.municipalities = as_int(*m, r.path("municipalities"), origin);
  if (const ojson* t = r.optional_nonnull("trajectories")) {
    s.trajectories = enum_value<ls::Klaverblad>(*t, r.path("trajectories"), origin,
                                                [](const std::string& x, const std::string& p) { return ls::parse_klaverblad(x, p); });
  }
  if (const ojson* d = r.optional_nonnull("daeb_declared_by")) {
    s.daeb_declared_by = enum_value<ls::Authority>(*d, r.path("daeb_declared_by"), origin,
                                                   [](const std::string& x, const std::string& p) { return ls::parse_authority(x, p); });
  }
  if (const ojson* a = r.optional_nonnull("assignment")) {
    const Reader ar(*a, r.path("assignment"), origin,
                    {"given_by", "mandate", "submitted_to_department", "legally_binding", "elements"});
    ls::Assignment x;
    x.given_by = enum_value<ls::Authority>(ar.required("given_by"), ar.path("given_by"), origin,
                                           [](const std::string& t, const std::string& p) { return ls::parse_authority(t, p); });
    if (const ojson* m = ar.optional_nonnull("mandate")) x.mandate = as_name(*m, ar.path("mandate"), origin);
    x.submitted_to_department = as_bool(ar.required("submitted_to_department"), ar.path("submitted_to_department"), origin);
    x.legally_binding = as_bool(ar.required("legally_binding"), ar.path("legally_binding"), origin);
    x.elements = enum_list<ls::DecisionElement>(ar.required("elements"), ar.path("elements"), origin,
                                                [](const std::string& t, const std::string& p) { return ls::parse_decision_element(t, p); });
    s.assignment = std::move(x);
  }
  if (const ojson* m = r.optional_nonnull("market")) {
    const Reader mr(*m, r.path("market"), origin, {"situation", "shortcomings"});
    ls::MarketTest x;
    x.situation = enum_value<ls::MarketSituation>(mr.required("situation"), mr.path("situation"), origin,
                                                  [](const std::string& t, const std::string& p) { return ls::parse_market_situation(t, p); });
    if (const ojson* sc = mr.optional_nonnull("shortcomings")) {
      x.shortcomings = enum_list<ls::Shortcoming>(*sc, mr.path("shortcomings"), origin,
                                                  [](const std::string& t, const std::string& p) { return ls::parse_shortcoming(t, p); });
    }
    s.market = std::move(x);
  }
  if (const ojson* ia = r.optional_nonnull("impact_analysis")) {
    const Reader ir(*ia, r.path("impact_analysis"), origin, {"drawn_up_by", "parts", "advice"});
    ls::ImpactAnalysis x;
    x.drawn_up_by = enum_value<ls::Authority>(ir.required("drawn_up_by"), ir.path("drawn_up_by"), origin,
                                              [](const std::string& t, const std::string& p) { return ls::parse_authority(t, p); });
    x.parts = enum_list<ls::ImpactPart>(ir.required("parts"), ir.path("parts"), origin,
                                        [](const std::string& t, const std::string& p) { return ls::parse_impact_part(t, p); });
    if (const ojson* adv = ir.optional_nonnull("advice")) {
      const Reader vr(*adv, ir.path("advice"), origin, {"forum", "trade_unions", "employers_organisations"});
      ls::Advice v;
      v.forum = enum_value<ls::Forum>(vr.required("forum"), vr.path("forum"), origin,
                                      [](const std::string& t, const std::string& p) { return ls::parse_forum(t, p); });
      v.trade_unions = as_bool(vr.required("trade_unions"), vr.path("trade_unions"), origin);
      v.employers_organisations = as_bool(vr.required("employers_organisations"), vr.path("employers_organisations"), origin);
      x.advice = v;
    }
    s.impact_analysis = std::move(x);
  }
  if (const ojson* c = r.optional_nonnull("compensation")) {
    const Reader cr(*c, r.path("compensation"), origin,
                    {"first_day", "last_day", "costs", "revenues", "capital_employed", "swap_rate_percent", "compensation"});
    s.compensation = ls::Compensation{
        as_date(cr.required("first_day"), cr.path("first_day"), origin),
        as_date(cr.required("last_day"), cr.path("last_day"), origin),
        as_money(cr.required("costs"), cr.path("costs"), origin),
        as_money(cr.required("revenues"), cr.path("revenues"), origin),
        as_money(cr.required("capital_employed"), cr.path("capital_employed"), origin),
        as_rate(cr.required("swap_rate_percent"), cr.path("swap_rate_percent"), origin),
        as_money(cr.required("compensation"), cr.path("compensation"), origin)};
  }
  if (const ojson* c = r.optional_nonnull("co_funding")) {
    const Reader cr(*c, r.path("co_funding"), origin,
                    {"first_day", "last_day", "trajectory_compensation", "local_co_funding", "net_cost"});
    s.co_funding = ls::CoFunding{
        as_date(cr.required("first_day"), cr.path("first_day"), origin),
        as_date(cr.required("last_day"), cr.path("last_day"), origin),
        as_money(cr.required("trajectory_compensation"), cr.path("trajectory_compensation"), origin),
        as_money(cr.required("local_co_funding"), cr.path("local_co_funding"), origin),
        as_money(cr.required("net_cost"), cr.path("net_cost"), origin)};
  }
  return s;
}

ojson local_service_to(const ls::LocalService& s) {
  ojson out = ojson::object();
  out["name"] = s.name;
  out["klaverblad"] = std::string(ls::to_string(s.klaverblad));
  out["municipalities"] = s.municipalities;
  out["trajectories"] = enum_or_null(s.trajectories);
  out["daeb_declared_by"] = enum_or_null(s.daeb_declared_by);
  if (s.assignment) {
    const ls::Assignment& a = *s.assignment;
    ojson x = {{"given_by", std::string(ls::to_string(a.given_by))}};
    if (!a.mandate.empty()) x["mandate"] = a.mandate;
    x["submitted_to_department"] = a.submitted_to_department;
    x["legally_binding"] = a.legally_binding;
    x["elements"] = names(a.elements);
    out["assignment"] = std::move(x);
  } else {
    out["assignment"] = nullptr;
  }
  if (s.market) {
    out["market"] = {{"situation", std::string(ls::to_string(s.market->situation))},
                     {"shortcomings", names(s.market->shortcomings)}};
  } else {
    out["market"] = nullptr;
  }
  if (s.impact_analysis) {
    const ls::ImpactAnalysis& ia = *s.impact_analysis;
    ojson x = {{"drawn_up_by", std::string(ls::to_string(ia.drawn_up_by))}, {"parts", names(ia.parts)}};
    if (ia.advice) {
      x["advice"] = {{"forum", std::string(ls::to_string(ia.advice->forum))},
                     {"trade_unions", ia.advice->trade_unions},
                     {"employers_organisations", ia.advice->employers_organisations}};
    } else {
      x["advice"] = nullptr;
    }
    out["impact_analysis"] = std::move(x);
  } else {
    out["impact_analysis"] = nullptr;
  }
  if (s.compensation) {
    const ls::Compensation& c = *s.compensation;
    out["compensation"] = {{"first_day", c.first_day.iso()},
                           {"last_day", c.last_day.iso()},
                           {"costs", c.costs.to_string()},
                           {"revenues", c.revenues.to_string()},
                           {"capital_employed", c.capital_employed.to_string()},
                           {"swap_rate_percent", c.swap_rate.to_string()},
                           {"compensation", c.compensation.to_string()}};
  } else {
    out["compensation"] = nullptr;
  }
  if (s.co_funding) {
    const ls::CoFunding& c = *s.co_funding;
    out["co_funding"] = {{"first_day", c.first_day.iso()},
                         {"last_day", c.last_day.iso()},
                         {"trajectory_compensation", c.trajectory_compensation.to_string()},
                         {"local_co_funding", c.local_co_funding.to_string()},
                         {"net_cost", c.net_cost.to_string()}};
  } else {
    out["co_funding"] = nullptr;
  }
  return out;
}

ojson local_service_decision(const ls::LocalServiceDecision& d) {
  ojson out = ojson::object();
  out["kind"] = "local_service";
  out["at"] = d.at.iso();
  out["name"] = d.name;
  out["klaverblad"] = std::string(ls::to_string(d.kind.klaverblad));
  out["may_execute"] = d.may_execute;
  out["overcompensated"] = d.overcompensated;
  out["failing"] = d.failing;
  out["service_kind"] = {{"klaverblad", std::string(ls::to_string(d.kind.klaverblad))},
                         {"rule", std::string(d.kind.rule->id)},
                         {"readings", d.kind.rule->reading_list()},
                         {"detail", d.kind.detail}};
  out["assignment"] = check_json(d.assignment);
  out["trajectories"] = check_json(d.trajectories);
  out["daeb_declaration"] = check_json(d.daeb_declaration);
  out["assigning_authority"] = check_json(d.assigning_authority);
  ojson dec = check_json(d.decision.check);
  dec["legally_binding"] = d.decision.legally_binding;
  dec["missing"] = names(d.decision.missing);
  out["decision"] = std::move(dec);
  out["market_test"] = check_json(d.market_test);
  ojson ia = check_json(d.impact_analysis.check);
  ia["present"] = d.impact_analysis.present;
  ia["drawn_up_by"] = enum_or_null(d.impact_analysis.drawn_up_by);
  ia["missing_parts"] = names(d.impact_analysis.missing_parts);
  ia["regional_forum_required"] = d.impact_analysis.regional_forum_required;
  ia["author"] = check_json(d.impact_analysis.author);
  ia["advice"] = check_json(d.impact_analysis.advice);
  out["impact_analysis"] = std::move(ia);
  out["allocation_call"] = check_json(d.allocation_call);
  if (d.compensation) {
    const ls::CompensationResult& c = *d.compensation;
    ojson x = check_json(c.check);
    x["first_day"] = c.first_day.iso();
    x["last_day"] = c.last_day.iso();
    x["year_share"] = c.year_share;
    x["net_cost"] = c.net_cost.to_string();
    x["premium_percent"] = c.premium.to_string();
    x["profit_rate_percent"] = c.profit_rate.to_string();
    x["capital_employed"] = c.capital_employed.to_string();
    x["max_profit"] = c.max_profit.to_string();
    x["cap"] = c.cap.to_string();
    x["compensation"] = c.compensation.to_string();
    x["overcompensation"] = c.overcompensation.to_string();
    out["compensation"] = std::move(x);
  } else {
    out["compensation"] = nullptr;
  }
  if (d.co_funding) {
    const ls::CoFundingResult& c = *d.co_funding;
    ojson x = check_json(c.check);
    x["first_day"] = c.first_day.iso();
    x["last_day"] = c.last_day.iso();
    x["trajectory_compensation"] = c.trajectory_compensation.to_string();
    x["local_co_funding"] = c.local_co_funding.to_string();
    x["total_received"] = c.total_received.to_string();
    x["net_cost"] = c.net_cost.to_string();
    x["overcompensation"] = c.overcompensation.to_string();
    x["deduction"] = c.deduction.to_string();
    x["trajectory_compensation_after"] = c.trajectory_compensation_after.to_string();
    out["co_funding"] = std::move(x);
  } else {
    out["co_funding"] = nullptr;
  }
  ojson notes = ojson::array();
  for (const ls::Note& n : d.notes) notes.push_back({{"rule", std::string(n.rule->id)}, {"text", n.text}});
  out["notes"] = std::move(notes);
  return out;
}

Input local_service_input_from(const ojson& doc, const std::string& root, std::string_view origin,
                               const ParameterSet& base, const std::vector<std::string_view>& extra_keys) {
  refuse_other_kinds(doc, root, origin, "local_service", "a local service is evaluated on \"at\"");
  std::vector<std::string_view> allowed{"at", "local_service", "parameters", "id", "source"};
  allowed.insert(allowed.end(), extra_keys.begin(), extra_keys.end());
  const Reader r(doc, root, origin, allowed);
  for (std::string_view key : {"id", "source"}) {
    if (const ojson* v = r.optional(key)) as_string(*v, r.path(key), origin);
  }
  Input in{std::nullopt, std::nullopt, std::nullopt, std::nullopt, base, std::nullopt, std::nullopt, std::nullopt};
  if (const ojson* p = r.optional("parameters")) in.params = parameters_from(*p, r.path("parameters"), origin, base);
  in.at = as_date(r.required("at"), r.path("at"), origin);
  in.local_service = local_service_from(r.required("local_service"), r.path("local_service"), origin);
  return in;
}

ojson evaluate_local_service_input(const Input& in, bool with_trace, const std::string& root, std::string_view origin) {
  Trace trace(with_trace);
  try {
    const ls::LocalServiceDecision d = ls::evaluate_local_service(*in.local_service, *in.at, in.params, &trace);
    return trace_and_receipt(local_service_decision(d), trace, Receipt::of(in.params));
  } catch (const Error& err) {
    const std::string field = err.field().empty()          ? root
                              : is_service_field(err.field()) ? join(join(root, "local_service"), err.field())
                                                              : join(root, err.field());
    throw Error(err.code(), field, with_origin(err.message(), origin));
  }
}

}  // namespace detail

local_service::LocalService parse_local_service(std::string_view json_text, std::string_view origin) {
  const ojson doc = detail::parse_document(json_text, origin);
  return detail::local_service_from(doc, "", origin);
}

std::string to_json(const local_service::LocalService& service) { return detail::local_service_to(service).dump(); }

std::string decision_json(const local_service::LocalServiceDecision& decision, const Trace& trace,
                          const Receipt& receipt) {
  return detail::trace_and_receipt(detail::local_service_decision(decision), trace, receipt).dump();
}

}  // namespace lde::io
