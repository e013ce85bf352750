// The C ABI: the confidential section (lde.h "Confidential section").
#include "internal.hpp"

#include "lde/confidential/access.hpp"
#include "lde/confidential/rules.hpp"
#include "lde/io/confidential.hpp"

#include <memory>

using namespace lde_c_impl;

struct lde_confidential_log {
  lde::confidential::EventLog log;
};

namespace {

namespace cf = lde::confidential;

constexpr std::size_t kAccessAnswerV1 = offsetof(lde_access_answer, readings) + sizeof(const char*);
constexpr std::size_t kAccessHolderV1 = offsetof(lde_access_holder, event) + sizeof(const char*);
constexpr std::size_t kDocumentVersionV1 = offsetof(lde_document_version, event) + sizeof(const char*);

/// The log's own copy of a person id or event id (strings returned to C point into the log).
const char* log_person(const cf::EventLog& log, const std::string& id) {
  for (const cf::Person& p : log.persons)
    if (p.id == id) return p.id.c_str();
  return "";
}
const cf::Event& log_event(const cf::EventLog& log, const std::string& id) {
  for (const cf::Event& e : log.events)
    if (e.id == id) return e;
  throw lde::Error(lde::ErrorCode::internal, "event", "event " + id + " not in the log");
}
const char* log_employer(const cf::EventLog& log, const std::string& employer) {
  if (employer.empty()) return "";
  for (const cf::Person& p : log.persons)
    if (p.employer == employer) return p.employer.c_str();
  return "";
}

void write_answer(const cf::Answer& a, lde_access_answer* out) {
  lde_access_answer v{};
  v.struct_size = sizeof(lde_access_answer);
  v.allowed = a.allowed ? 1 : 0;
  v.reason = static_cast<lde_access_reason>(a.reason);
  // Rule fields are string literals (rules.hpp): NUL-terminated and static.
  v.rule = a.rule->id.data();
  v.source = a.rule->source.data();
  v.readings = a.rule->readings.data();
  write_output_struct(out, v, kAccessAnswerV1, "out");
}

void write_version(const cf::EventLog& log, const cf::DocumentVersion& d, lde_document_version* out) {
  const cf::Event& e = log_event(log, d.event);
  lde_document_version v{};
  v.struct_size = sizeof(lde_document_version);
  v.document = e.document.c_str();
  v.kind = static_cast<lde_document_kind>(d.kind);
  v.version = static_cast<int32_t>(d.version);
  v.uploaded = from_date(d.uploaded);
  v.person = e.person.c_str();
  v.uploader_role = static_cast<lde_person_role>(d.uploader_role);
  v.employer = log_employer(log, d.employer);
  v.event = e.id.c_str();
  write_output_struct(out, v, kDocumentVersionV1, "out");
}

const cf::EventLog& need_log(const lde_confidential_log* log) { return need(log, "log").log; }

}  // namespace

extern "C" {

const char* lde_access_reason_name(lde_access_reason reason) {
  const std::string_view name = cf::to_string(static_cast<cf::Reason>(reason));
  return name == "unknown" ? nullptr : name.data();
}

lde_status lde_confidential_log_from_json(const char* json, lde_confidential_log** out) {
  return guard([&] {
    start_out(out);
    auto h = std::make_unique<lde_confidential_log>();
    h->log = lde::io::parse_confidential_log(need_text(json, "json"), "json");
    cf::validate(h->log);
    *out = h.release();
  });
}

lde_status lde_confidential_log_to_json(const lde_confidential_log* log, char* out, size_t out_size, size_t* out_needed) {
  return guard([&] { copy_out(lde::io::to_json(need_log(log)), out, out_size, out_needed); });
}

void lde_confidential_log_free(lde_confidential_log* log) { delete log; }

lde_status lde_confidential_access(const lde_confidential_log* log, const char* person, lde_date at,
                                   lde_access_answer* out) {
  return guard([&] {
    const cf::EventLog& l = need_log(log);
    need(out, "out");
    write_answer(cf::access(l, need_text(person, "person"), to_date(at, "at")), out);
  });
}

lde_status lde_confidential_may_upload(const lde_confidential_log* log, const char* person, lde_date at,
                                       lde_access_answer* out) {
  return guard([&] {
    const cf::EventLog& l = need_log(log);
    need(out, "out");
    write_answer(cf::may_upload(l, need_text(person, "person"), to_date(at, "at")), out);
  });
}

lde_status lde_confidential_may_view(const lde_confidential_log* log, const char* person, const char* document,
                                     lde_date at, lde_access_answer* out) {
  return guard([&] {
    const cf::EventLog& l = need_log(log);
    need(out, "out");
    write_answer(cf::may_view(l, need_text(person, "person"), need_text(document, "document"), to_date(at, "at")), out);
  });
}

lde_status lde_confidential_holder_count(const lde_confidential_log* log, lde_date at, size_t* out) {
  return guard([&] {
    const cf::EventLog& l = need_log(log);
    need(out, "out");
    *out = cf::who_has_access(l, to_date(at, "at")).size();
  });
}

lde_status lde_confidential_holder(const lde_confidential_log* log, lde_date at, size_t index, lde_access_holder* out) {
  return guard([&] {
    const cf::EventLog& l = need_log(log);
    need(out, "out");
    const std::vector<cf::AccessHolder> holders = cf::who_has_access(l, to_date(at, "at"));
    check_item(index, holders.size(), "holder");
    const cf::AccessHolder& h = holders[index];
    lde_access_holder v{};
    v.struct_size = sizeof(lde_access_holder);
    v.person = log_person(l, h.person);
    v.role = static_cast<lde_person_role>(h.role);
    v.employer = log_employer(l, h.employer);
    v.since = from_date(h.since);
    v.via = static_cast<lde_access_reason>(h.via);
    v.event = log_event(l, h.event).id.c_str();
    write_output_struct(out, v, kAccessHolderV1, "out");
  });
}

lde_status lde_confidential_visible_count(const lde_confidential_log* log, const char* person, lde_date at,
                                          size_t* out) {
  return guard([&] {
    const cf::EventLog& l = need_log(log);
    need(out, "out");
    *out = cf::visible_documents(l, need_text(person, "person"), to_date(at, "at")).size();
  });
}

lde_status lde_confidential_visible(const lde_confidential_log* log, const char* person, lde_date at, size_t index,
                                    lde_document_version* out) {
  return guard([&] {
    const cf::EventLog& l = need_log(log);
    need(out, "out");
    const auto visible = cf::visible_documents(l, need_text(person, "person"), to_date(at, "at"));
    check_item(index, visible.size(), "visible version");
    write_version(l, visible[index], out);
  });
}

lde_status lde_confidential_history_count(const lde_confidential_log* log, lde_date at, size_t* out) {
  return guard([&] {
    const cf::EventLog& l = need_log(log);
    need(out, "out");
    *out = cf::history(l, to_date(at, "at")).size();
  });
}

lde_status lde_confidential_history(const lde_confidential_log* log, lde_date at, size_t index,
                                    lde_document_version* out) {
  return guard([&] {
    const cf::EventLog& l = need_log(log);
    need(out, "out");
    const auto kept = cf::history(l, to_date(at, "at"));
    check_item(index, kept.size(), "kept version");
    write_version(l, kept[index], out);
  });
}

}  // extern "C"
