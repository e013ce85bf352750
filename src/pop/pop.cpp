// The yearly POP of a target worker: its elements and the check of one POP (WSE-FAQ "POP" 6.1,
// 6.5, 6.6, 6.8, 6.9; E-13, E-16, E-17, E-18).
#include "lde/pop/pop.hpp"

#include "lde/core/error.hpp"
#include "lde/core/limits.hpp"
#include "lde/pop/rules.hpp"

#include <array>

namespace lde {

namespace {

struct ElementInfo {
  std::string_view name;
  std::string_view source;
};

// One row per PopElement, in enum order: its JSON name and the passage that asks for it.
constexpr std::array<ElementInfo, kPopElementCount> kElements{{
    {"personal_data", "WSE-FAQ \"POP\" 6.1 \"zijn persoonsgegevens\""},
    {"current_generic_competences", "WSE-FAQ \"POP\" 6.1 \"zijn huidige generieke en technische competenties\""},
    {"current_technical_competences", "WSE-FAQ \"POP\" 6.1 \"zijn huidige generieke en technische competenties\""},
    {"future_generic_competences", "WSE-FAQ \"POP\" 6.1 \"zijn toekomstige generieke en technische competenties\""},
    {"future_technical_competences", "WSE-FAQ \"POP\" 6.1 \"zijn toekomstige generieke en technische competenties\""},
    {"generic_improvement_action",
     "WSE-FAQ \"POP\" 6.1 \"de opgave van een verbeteractie met betrekking tot zijn generieke competenties\""},
    {"technical_improvement_action",
     "WSE-FAQ \"POP\" 6.1 \"de opgave van een verbeteractie met betrekking tot zijn technische competenties\""},
    {"transition_focus",
     "WSE-FAQ \"POP\" 6.1 \"Wanneer acties in het actieplan specifiek gericht zijn op doorstroom, dient de begeleider "
     "dit aan te geven ... Indien er geen specifieke acties in functie van doorstroom genomen werden, dient de "
     "begeleider dit te motiveren\""},
    {"worker_involvement",
     "WSE-FAQ \"POP\" 6.9 \"kan de werkgever zelf een POP opladen en hierin aangeven dat dit uitsluitend zijn visie "
     "is, aangezien de medewerker weigert\"; WSE-SUPPORT \"in samenspraak met de doelgroepswerknemer\""},
    {"registration",
     "WSE-FAQ \"POP\" 6.6 \"registeren het persoonlijk ontwikkelingsplan ... in de databank die de VDAB daarvoor "
     "beheert\"; 6.8 \"Het is tevens verplicht om de POP op te laden in de databank van de VDAB.\""},
}};

template <class E, std::size_t N>
E parse_named(std::string_view text, std::string_view field, const std::array<std::pair<std::string_view, E>, N>& names,
              std::string_view expected) {
  for (const auto& [name, value] : names) {
    if (text == name) return value;
  }
  throw Error(ErrorCode::invalid_argument, std::string(field),
              "unknown value \"" + std::string(text) + "\"; expected " + std::string(expected));
}

constexpr std::array<std::pair<std::string_view, PopTransition>, 3> kTransitions{
    {{"actions", PopTransition::actions}, {"motivated", PopTransition::motivated}, {"none", PopTransition::none}}};
constexpr std::array<std::pair<std::string_view, PopView>, 2> kViews{
    {{"joint", PopView::joint}, {"employer_only", PopView::employer_only}}};
constexpr std::array<std::pair<std::string_view, PopRefusal>, 3> kRefusals{{{"none", PopRefusal::none},
                                                                            {"refused_talk", PopRefusal::refused_talk},
                                                                            {"refused_access", PopRefusal::refused_access}}};
constexpr std::array<std::pair<std::string_view, PopUploader>, 2> kUploaders{
    {{"employer", PopUploader::employer}, {"worker", PopUploader::worker}}};

template <class E, std::size_t N>
std::string_view name_of(E value, const std::array<std::pair<std::string_view, E>, N>& names) noexcept {
  for (const auto& [name, v] : names) {
    if (v == value) return name;
  }
  return "unknown";
}

bool blank(std::string_view s) noexcept {
  for (char c : s) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return false;
  }
  return true;
}

std::string join(std::string_view field, std::string_view key) { return std::string(field) + "." + std::string(key); }

}  // namespace

std::string_view to_string(PopElement element) noexcept {
  const auto i = static_cast<std::size_t>(element);
  return i < kElements.size() ? kElements[i].name : "unknown";
}

std::optional<PopElement> pop_element_from(std::string_view text) noexcept {
  for (std::size_t i = 0; i < kElements.size(); ++i) {
    if (kElements[i].name == text) return static_cast<PopElement>(i);
  }
  return std::nullopt;
}

std::string_view pop_element_source(PopElement element) noexcept {
  const auto i = static_cast<std::size_t>(element);
  return i < kElements.size() ? kElements[i].source : "";
}

std::string_view to_string(PopTransition t) noexcept { return name_of(t, kTransitions); }
PopTransition parse_pop_transition(std::string_view text, std::string_view field) {
  return parse_named(text, field, kTransitions, "\"actions\", \"motivated\" or \"none\"");
}
std::string_view to_string(PopView v) noexcept { return name_of(v, kViews); }
PopView parse_pop_view(std::string_view text, std::string_view field) {
  return parse_named(text, field, kViews, "\"joint\" or \"employer_only\"");
}
std::string_view to_string(PopRefusal r) noexcept { return name_of(r, kRefusals); }
PopRefusal parse_pop_refusal(std::string_view text, std::string_view field) {
  return parse_named(text, field, kRefusals, "\"none\", \"refused_talk\" or \"refused_access\"");
}
std::string_view to_string(PopUploader u) noexcept { return name_of(u, kUploaders); }
PopUploader parse_pop_uploader(std::string_view text, std::string_view field) {
  return parse_named(text, field, kUploaders, "\"employer\" or \"worker\"");
}

std::string_view to_string(PopStatus s) noexcept {
  switch (s) {
    case PopStatus::not_required: return "not_required";
    case PopStatus::compliant: return "compliant";
    case PopStatus::incomplete: return "incomplete";
    case PopStatus::missing: return "missing";
  }
  return "unknown";
}

void validate(const PopRecord& r, std::string_view field) {
  check_name_size(r.worker, join(field, "worker"));  // lde/core/limits.hpp
  if (blank(r.worker)) {
    throw Error(ErrorCode::invalid_argument, join(field, "worker"),
                "the worker id \"" + r.worker + "\" is empty or only white space");
  }
  if (r.motivation.size() > kMaxJsonTextBytes) {
    throw Error(ErrorCode::out_of_range, join(field, "motivation"),
                "the motivation of " + std::to_string(r.motivation.size()) + " bytes is longer than the " +
                    std::to_string(kMaxJsonTextBytes) + " bytes a JSON text may hold");
  }
  if (r.year < 1400 || r.year > 9998) {
    throw Error(ErrorCode::invalid_date, join(field, "year"),
                "year " + std::to_string(r.year) + " is outside 1400..9998");
  }
  if ((r.content & ~kPopAllContent) != 0) {
    throw Error(ErrorCode::invalid_argument, join(field, "content"),
                "content bits " + std::to_string(r.content) + " name no element of WSE-FAQ \"POP\" 6.1 (bits 0..6)");
  }
  if (to_string(r.transition) == "unknown") {
    throw Error(ErrorCode::invalid_argument, join(field, "transition"),
                "unknown transition value " + std::to_string(static_cast<int>(r.transition)));
  }
  if (to_string(r.view) == "unknown") {
    throw Error(ErrorCode::invalid_argument, join(field, "view"),
                "unknown view value " + std::to_string(static_cast<int>(r.view)));
  }
  if (to_string(r.refusal) == "unknown") {
    throw Error(ErrorCode::invalid_argument, join(field, "refusal"),
                "unknown refusal value " + std::to_string(static_cast<int>(r.refusal)));
  }
  if (to_string(r.uploaded_by) == "unknown") {
    throw Error(ErrorCode::invalid_argument, join(field, "uploaded_by"),
                "unknown uploader value " + std::to_string(static_cast<int>(r.uploaded_by)));
  }
  // E-16: the motivation belongs to "motivated" and only there.
  if (r.transition == PopTransition::motivated && blank(r.motivation)) {
    throw Error(ErrorCode::invalid_argument, join(field, "motivation"),
                "transition \"motivated\" needs the motivation (WSE-FAQ \"POP\" 6.1 \"dient de begeleider dit te "
                "motiveren\", E-16)");
  }
  if (r.transition != PopTransition::motivated && !r.motivation.empty()) {
    throw Error(ErrorCode::conflict, join(field, "motivation"),
                "a motivation is given, but transition is \"" + std::string(to_string(r.transition)) +
                    "\": only \"motivated\" has one (E-16)");
  }
  // E-17: a refusal is the reason for the employer's view alone; a joint POP has none.
  if (r.view == PopView::joint && r.refusal != PopRefusal::none) {
    throw Error(ErrorCode::conflict, join(field, "refusal"),
                "refusal \"" + std::string(to_string(r.refusal)) +
                    "\" is given for a joint POP: it is the reason for a POP marked as the employer's view alone (E-17)");
  }
}

PopCheck check_pop(std::string_view worker, int year, bool required, const PopRecord* record, Trace* trace) {
  if (record) validate(*record, "pop");
  PopCheck out;
  if (!required) {  // nothing to check; the obligation's own step (E-13) says why
    out.status = PopStatus::not_required;
    return out;
  }
  TraceStep* s = begin_step(trace, pop::kPopCheck);
  if (s) s->input("worker", std::string(worker)).input("year", std::to_string(year));
  if (!record) {
    out.status = PopStatus::missing;
    if (s) s->result("no POP reported for " + std::string(worker) + " in " + std::to_string(year) + ": missing");
    return out;
  }
  const PopRecord& r = *record;
  for (int i = 0; i < kPopContentElementCount; ++i) {
    if (!r.has(static_cast<PopElement>(i))) out.missing.push_back(static_cast<PopElement>(i));
  }
  if (r.transition == PopTransition::none) out.missing.push_back(PopElement::transition_focus);
  const bool involved = r.view == PopView::joint || r.refusal != PopRefusal::none;
  if (!involved) out.missing.push_back(PopElement::worker_involvement);
  out.employer_view_only = r.view == PopView::employer_only && r.refusal != PopRefusal::none;
  if (!r.registered_on) out.missing.push_back(PopElement::registration);
  out.status = out.missing.empty() ? PopStatus::compliant : PopStatus::incomplete;
  if (s) {
    s->input("view", std::string(to_string(r.view)));
    if (r.view == PopView::employer_only) s->input("refusal", std::string(to_string(r.refusal)));
    s->input("transition", std::string(to_string(r.transition)));
    if (r.transition == PopTransition::motivated) s->input("motivation", r.motivation);
    s->input("registered_on", r.registered_on ? r.registered_on->iso() : std::string("not registered"));
    s->input("uploaded_by", std::string(to_string(r.uploaded_by)));
    if (out.employer_view_only) {
      s->note(r.refusal == PopRefusal::refused_talk
                  ? "the worker refuses the POP talk: the employer's own POP, marked as its view alone, is compliant "
                    "(6.9, E-17)"
                  : "the worker gives the employer no access to the confidential section: the employer's own POP, "
                    "marked as its view alone, is compliant (6.9, E-17)");
    }
    if (r.uploaded_by == PopUploader::worker) {
      s->note("registered by the worker himself in his confidential section (6.9, E-18)");
    }
    for (PopElement e : out.missing) {
      s->note("missing " + std::string(to_string(e)) + ": " + std::string(pop_element_source(e)));
    }
    s->note("the POP is not the basis of VDAB's evaluation; the ICF is (WSE-FAQ \"POP\" 6.7)");
    s->result(out.status == PopStatus::compliant
                  ? "the POP of " + std::string(worker) + " for " + std::to_string(year) + " is complete"
                  : "the POP of " + std::string(worker) + " for " + std::to_string(year) + " lacks " +
                        std::to_string(out.missing.size()) + " element(s)");
  }
  return out;
}

}  // namespace lde
