// The LDE label: level and KBO numbers (WSE-FAQ "Organisatievoorwaarden" 2.1, 2.2; E-19).
#include "lde/label/label.hpp"

#include "lde/core/error.hpp"
#include "lde/label/rules.hpp"

#include <cstdint>

namespace lde {

std::string_view to_string(LabelLevel level) noexcept {
  switch (level) {
    case LabelLevel::enterprise: return "enterprise";
    case LabelLevel::establishment_unit: return "establishment_unit";
  }
  return "unknown";
}

LabelLevel parse_label_level(std::string_view text, std::string_view field) {
  if (text == "enterprise") return LabelLevel::enterprise;
  if (text == "establishment_unit") return LabelLevel::establishment_unit;
  throw Error(ErrorCode::invalid_argument, std::string(field),
              "unknown label level \"" + std::string(text) + "\"; expected \"enterprise\" or \"establishment_unit\"");
}

std::string parse_kbo_number(std::string_view text, KboKind kind, std::string_view field) {
  const char* what = kind == KboKind::enterprise ? "enterprise number" : "establishment unit number";
  std::string digits;
  for (char c : text) {
    if (c >= '0' && c <= '9') {
      digits.push_back(c);
    } else if (c != '.' && c != ' ') {
      throw Error(ErrorCode::invalid_argument, std::string(field),
                  std::string("a KBO ") + what + " holds ten digits (dots and spaces between them allowed), got \"" +
                      std::string(text) + "\"");
    }
    if (digits.size() > 10) break;
  }
  if (digits.size() != 10) {
    throw Error(ErrorCode::invalid_argument, std::string(field),
                std::string("a KBO ") + what + " holds ten digits (WSE-FAQ 2.2), got \"" + std::string(text) + "\"");
  }
  const char first = digits[0];
  const bool first_ok = kind == KboKind::enterprise ? (first == '0' || first == '1') : (first >= '2' && first <= '8');
  if (!first_ok) {
    throw Error(ErrorCode::invalid_argument, std::string(field),
                std::string("a KBO ") + what + " starts with " + (kind == KboKind::enterprise ? "0 or 1" : "2 to 8") +
                    ", got \"" + std::string(text) + "\"" +
                    (kind == KboKind::establishment_unit && (first == '0' || first == '1')
                         ? " (an enterprise number: an establishment unit number differs from it, 2.2)"
                         : ""));
  }
  std::int64_t body = 0;
  for (int i = 0; i < 8; ++i) body = body * 10 + (digits[static_cast<std::size_t>(i)] - '0');
  const int check = (digits[8] - '0') * 10 + (digits[9] - '0');
  const int expected = 97 - static_cast<int>(body % 97);
  if (check != expected) {
    throw Error(ErrorCode::invalid_argument, std::string(field),
                std::string("KBO ") + what + " \"" + std::string(text) + "\" has check digits " + digits.substr(8) +
                    ", expected " + (expected < 10 ? "0" : "") + std::to_string(expected) +
                    " (97 minus the first eight digits modulo 97, E-19)");
  }
  if (kind == KboKind::enterprise) {
    return digits.substr(0, 4) + "." + digits.substr(4, 3) + "." + digits.substr(7, 3);
  }
  return digits.substr(0, 1) + "." + digits.substr(1, 3) + "." + digits.substr(4, 3) + "." + digits.substr(7, 3);
}

void validate(const Label& label) {
  if (to_string(label.level) == "unknown") {
    throw Error(ErrorCode::invalid_argument, "label.level",
                "unknown label level value " + std::to_string(static_cast<int>(label.level)));
  }
  if (label.enterprise_number &&
      parse_kbo_number(*label.enterprise_number, KboKind::enterprise, "label.enterprise_number") !=
          *label.enterprise_number) {
    throw Error(ErrorCode::invalid_argument, "label.enterprise_number",
                "enterprise number \"" + *label.enterprise_number + "\" is not in the canonical form 0000.000.000");
  }
  if (label.establishment_unit_number &&
      parse_kbo_number(*label.establishment_unit_number, KboKind::establishment_unit,
                       "label.establishment_unit_number") != *label.establishment_unit_number) {
    throw Error(ErrorCode::invalid_argument, "label.establishment_unit_number",
                "establishment unit number \"" + *label.establishment_unit_number +
                    "\" is not in the canonical form 0.000.000.000");
  }
  if (label.level == LabelLevel::establishment_unit && !label.establishment_unit_number) {
    throw Error(ErrorCode::invalid_argument, "label.establishment_unit_number",
                "a label at establishment-unit level names its establishment unit number (WSE-FAQ 2.1, 2.2, E-19)");
  }
  if (label.level == LabelLevel::enterprise && label.establishment_unit_number) {
    throw Error(ErrorCode::conflict, "label.establishment_unit_number",
                "a label at enterprise level covers every establishment unit and names none (WSE-FAQ 2.1, E-19)");
  }
}

Label describe_label(const Label& label, Trace* trace) {
  validate(label);
  if (TraceStep* s = begin_step(trace, label::kLabelLevel)) {
    s->input("level", std::string(to_string(label.level)));
    if (label.enterprise_number) s->input("enterprise_number", *label.enterprise_number);
    s->note("one enterprise may hold several labels, each its own input with its own allocation number (2.1)");
    s->result(std::string("a label at ") +
              (label.level == LabelLevel::enterprise ? "enterprise level" : "establishment-unit level") +
              ": the minimum scale, quality and guidance conditions are judged over this label's target workers "
              "and DmfA lines");
  }
  if (label.establishment_unit_number) {
    if (TraceStep* s = begin_step(trace, label::kEstablishmentUnitNumber)) {
      s->input("establishment_unit_number", *label.establishment_unit_number);
      s->result("a valid KBO establishment unit number (ten digits, check digits correct)");
    }
  }
  return label;
}

}  // namespace lde
