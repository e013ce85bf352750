// The confidential-section kind of the JSON format: the log reader and writer,
// the decision object and the evaluation input `{"at", "confidential", "person"?, "document"?}`.
// docs/format.md "Confidential section"; docs/schema/confidential.schema.json.
#include "lde/io/confidential.hpp"

#include "lde/confidential/access.hpp"
#include "lde/core/error.hpp"

#include "internal.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace lde::io {

using ojson = nlohmann::ordered_json;

namespace detail {

namespace {

/// The keys an event may have, by kind: only an upload names a document (docs/format.md).
std::vector<std::string_view> event_keys(const ojson& j) {
  std::vector<std::string_view> keys{"id", "date", "kind", "person"};
  if (j.is_object()) {
    auto it = j.find("kind");
    if (it != j.end() && it->is_string() && it->get<std::string>() == "upload") {
      keys.insert(keys.end(), {"document", "document_kind", "version"});
    }
  }
  return keys;
}

ojson text_or_null(const std::string& s) { return s.empty() ? ojson(nullptr) : ojson(s); }

ojson answer_json(const confidential::Answer& a) {
  return {{"allowed", a.allowed},
          {"reason", std::string(confidential::to_string(a.reason))},
          {"rule", std::string(a.rule->id)},
          {"readings", a.rule->reading_list()},
          {"detail", a.detail}};
}

ojson version_json(const confidential::DocumentVersion& v) {
  return {{"document", v.document},
          {"kind", std::string(confidential::to_string(v.kind))},
          {"version", v.version},
          {"uploaded", v.uploaded.iso()},
          {"person", v.person},
          {"role", std::string(confidential::to_string(v.uploader_role))},
          {"employer", text_or_null(v.employer)},
          {"event", v.event}};
}

ojson versions_json(const std::vector<confidential::DocumentVersion>& list) {
  ojson out = ojson::array();
  for (const auto& v : list) out.push_back(version_json(v));
  return out;
}

bool is_log_field(const std::string& field) {
  for (std::string_view k : {"employment", "persons", "events"}) {
    if (field.rfind(k, 0) == 0 && (field.size() == k.size() || field[k.size()] == '.' || field[k.size()] == '[')) {
      return true;
    }
  }
  return false;
}

}  // namespace

confidential::EventLog confidential_from(const ojson& j, const std::string& root, std::string_view origin) {
  using namespace lde::confidential;
  const Reader r(j, root, origin, {"employment", "persons", "events"});
  EventLog log;
  if (const ojson* employment = r.optional_nonnull("employment")) {
    const std::string p = r.path("employment");
    const ojson& arr = as_array(*employment, p, origin);
    for (std::size_t i = 0; i < arr.size(); ++i) {
      const Reader e(arr[i], index(p, i), origin, {"employer", "first_day", "last_day"});
      log.employment.push_back({as_name(e.required("employer"), e.path("employer"), origin),
                                as_date(e.required("first_day"), e.path("first_day"), origin),
                                as_optional_date(e.optional("last_day"), e.path("last_day"), origin)});
    }
  }
  if (const ojson* persons = r.optional_nonnull("persons")) {
    const std::string p = r.path("persons");
    const ojson& arr = as_array(*persons, p, origin);
    for (std::size_t i = 0; i < arr.size(); ++i) {
      const Reader q(arr[i], index(p, i), origin, {"id", "role", "employer"});
      Person person{as_name(q.required("id"), q.path("id"), origin), PersonRole::staff, ""};
      const std::string role = as_name(q.required("role"), q.path("role"), origin);
      person.role = relabel(q.path("role"), origin, [&] { return parse_person_role(role, q.path("role")); });
      if (person.role == PersonRole::staff) {
        person.employer = as_name(q.required("employer"), q.path("employer"), origin);
      } else if (const ojson* employer = q.optional_nonnull("employer")) {
        // Read as given; validate() refuses an employer for a mediator or the worker, naming the field.
        person.employer = as_string(*employer, q.path("employer"), origin);
      }
      log.persons.push_back(std::move(person));
    }
  }
  if (const ojson* events = r.optional_nonnull("events")) {
    const std::string p = r.path("events");
    const ojson& arr = as_array(*events, p, origin);
    for (std::size_t i = 0; i < arr.size(); ++i) {
      const Reader e(arr[i], index(p, i), origin, event_keys(arr[i]));
      std::string id = as_name(e.required("id"), e.path("id"), origin);
      Event ev{std::move(id), as_date(e.required("date"), e.path("date"), origin), EventKind::consent, "", "",
               DocumentKind::other, 0};
      const std::string kind = as_name(e.required("kind"), e.path("kind"), origin);
      ev.kind = relabel(e.path("kind"), origin, [&] { return parse_event_kind(kind, e.path("kind")); });
      ev.person = as_name(e.required("person"), e.path("person"), origin);
      if (ev.kind == EventKind::upload) {
        ev.document = as_name(e.required("document"), e.path("document"), origin);
        const std::string dk = as_name(e.required("document_kind"), e.path("document_kind"), origin);
        ev.document_kind =
            relabel(e.path("document_kind"), origin, [&] { return parse_document_kind(dk, e.path("document_kind")); });
        ev.version = as_int(e.required("version"), e.path("version"), origin);
      }
      log.events.push_back(std::move(ev));
    }
  }
  return log;
}

ojson confidential_to(const confidential::EventLog& log) {
  using namespace lde::confidential;
  ojson out = ojson::object();
  out["employment"] = ojson::array();
  for (const EmploymentPeriod& e : log.employment) {
    ojson x = {{"employer", e.employer}, {"first_day", e.first_day.iso()}};
    x["last_day"] = e.last_day ? ojson(e.last_day->iso()) : ojson(nullptr);
    out["employment"].push_back(std::move(x));
  }
  out["persons"] = ojson::array();
  for (const Person& p : log.persons) {
    ojson x = {{"id", p.id}, {"role", std::string(to_string(p.role))}};
    if (!p.employer.empty()) x["employer"] = p.employer;
    out["persons"].push_back(std::move(x));
  }
  out["events"] = ojson::array();
  for (const Event& ev : log.events) {
    ojson x = {{"id", ev.id}, {"date", ev.date.iso()}, {"kind", std::string(to_string(ev.kind))}, {"person", ev.person}};
    if (ev.kind == EventKind::upload) {
      x["document"] = ev.document;
      x["document_kind"] = std::string(to_string(ev.document_kind));
      x["version"] = ev.version;
    }
    out["events"].push_back(std::move(x));
  }
  return out;
}

ojson confidential_decision(const confidential::SectionView& v) {
  using namespace lde::confidential;
  ojson out = ojson::object();
  out["kind"] = "confidential";
  out["at"] = v.at.iso();
  out["person"] = v.person ? ojson(*v.person) : ojson(nullptr);
  out["document"] = v.document ? ojson(*v.document) : ojson(nullptr);
  ojson holders = ojson::array();
  for (const AccessHolder& h : v.holders) {
    holders.push_back({{"person", h.person},
                       {"role", std::string(to_string(h.role))},
                       {"employer", text_or_null(h.employer)},
                       {"since", h.since.iso()},
                       {"via", std::string(to_string(h.via))},
                       {"event", h.event}});
  }
  out["who_has_access"] = holders;
  ojson persons = ojson::array();
  for (const PersonView& p : v.persons) {
    ojson x = {{"person", p.person},
               {"role", std::string(to_string(p.role))},
               {"employer", text_or_null(p.employer)},
               {"access", answer_json(p.access)},
               {"may_upload", answer_json(p.may_upload)},
               {"visible_documents", versions_json(p.visible)}};
    x["may_view"] = p.may_view ? answer_json(*p.may_view) : ojson(nullptr);
    persons.push_back(std::move(x));
  }
  out["persons"] = persons;
  out["history"] = versions_json(v.history);
  return out;
}

Input confidential_input_from(const ojson& doc, const std::string& root, std::string_view origin, const ParameterSet& base,
                              const std::vector<std::string_view>& extra_keys) {
  refuse_other_kinds(doc, root, origin, "confidential", "a confidential section is evaluated on \"at\"");
  if (doc.contains("parameters")) {
    fail(ErrorCode::invalid_argument, join(root, "parameters"), origin,
         "the confidential-section rules use no parameters; remove \"parameters\"");
  }
  std::vector<std::string_view> allowed{"at", "confidential", "person", "document", "id", "source"};
  allowed.insert(allowed.end(), extra_keys.begin(), extra_keys.end());
  const Reader r(doc, root, origin, allowed);
  for (std::string_view key : {"id", "source"}) {
    if (const ojson* v = r.optional(key)) as_string(*v, r.path(key), origin);
  }
  Input in{std::nullopt, std::nullopt, std::nullopt, std::nullopt, base, std::nullopt, std::nullopt, std::nullopt};
  in.at = as_date(r.required("at"), r.path("at"), origin);
  ConfidentialQuery q{confidential_from(r.required("confidential"), r.path("confidential"), origin), std::nullopt,
                      std::nullopt};
  if (const ojson* person = r.optional_nonnull("person")) q.person = as_name(*person, r.path("person"), origin);
  if (const ojson* document = r.optional_nonnull("document")) q.document = as_name(*document, r.path("document"), origin);
  in.confidential = std::move(q);
  return in;
}

ojson evaluate_confidential_input(const Input& in, bool with_trace, const std::string& root, std::string_view origin) {
  Trace trace(with_trace);
  try {
    const ConfidentialQuery& q = *in.confidential;
    const confidential::SectionView v = confidential::evaluate_confidential(q.log, *in.at, q.person, q.document, &trace);
    return trace_and_receipt(confidential_decision(v), trace, Receipt::of(in.params));
  } catch (const Error& err) {
    // Fields of the log (events[2].person) are under `confidential.`; `person` and `document` are input keys.
    const std::string field = err.field().empty()      ? root
                              : is_log_field(err.field()) ? join(join(root, "confidential"), err.field())
                                                          : join(root, err.field());
    throw Error(err.code(), field, with_origin(err.message(), origin));
  }
}

}  // namespace detail

confidential::EventLog parse_confidential_log(std::string_view json_text, std::string_view origin) {
  const ojson doc = detail::parse_document(json_text, origin);
  return detail::confidential_from(doc, "", origin);
}

std::string to_json(const confidential::EventLog& log) { return detail::confidential_to(log).dump(); }

std::string decision_json(const confidential::SectionView& view, const Trace& trace, const Receipt& receipt) {
  return detail::trace_and_receipt(detail::confidential_decision(view), trace, receipt).dump();
}

}  // namespace lde::io
