/// @file label.hpp
/// @brief The LDE label an enterprise input describes: its level (enterprise or establishment
/// unit) and its KBO numbers (WSE-FAQ "Organisatievoorwaarden" 2.1, 2.2; reading E-19).
///
/// One enterprise may hold several labels, one per establishment unit or one for the whole
/// enterprise; each label is its own enterprise input (its own allocation number, contingent and
/// DmfA lines), because every organisation condition (scale, quality, guidance) is judged per
/// label (2.1).
#pragma once

#include "lde/core/decision.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace lde {

/// The level at which a label is held (2.1). Values are fixed.
enum class LabelLevel {
  enterprise = 1,         ///< "op ondernemingsniveau" (JSON "enterprise").
  establishment_unit = 2  ///< "op vestigingsniveau" (JSON "establishment_unit").
};
/// "enterprise" or "establishment_unit".
std::string_view to_string(LabelLevel level) noexcept;
/// @throws Error (invalid_argument) naming @p field for any other text
LabelLevel parse_label_level(std::string_view text, std::string_view field);

/// Which KBO number a text is meant to be.
enum class KboKind {
  enterprise = 1,         ///< "ondernemingsnummer": first digit 0 or 1.
  establishment_unit = 2  ///< "vestigingsnummer": first digit 2 to 8.
};

/// A KBO number in its canonical form: `0202.239.951` (enterprise) or `2.123.456.789`
/// (establishment unit). Ten digits; the first tells the kind; the last two are the check
/// digits, 97 minus the first eight taken as a number modulo 97 (reading E-19).
/// @param text ten digits, optionally grouped with dots or spaces as printed by the KBO
/// @param kind the kind the field holds
/// @param field the input field, e.g. `label.establishment_unit_number`
/// @throws Error (invalid_argument) naming @p field: not ten digits, a first digit of the other
/// kind (or 9), or wrong check digits
std::string parse_kbo_number(std::string_view text, KboKind kind, std::string_view field);

/// The label of an enterprise input (JSON `label`).
struct Label {
  LabelLevel level = LabelLevel::enterprise;     ///< Level (E-19: enterprise when not given).
  std::optional<std::string> enterprise_number;  ///< KBO enterprise number, canonical form; optional.
  std::optional<std::string> establishment_unit_number;  ///< KBO establishment unit number; required iff establishment-unit level.
};

/// Checks a label (2.1, 2.2, E-19): an establishment-unit label needs its unit number, an
/// enterprise-level label has none; numbers must be canonical KBO numbers of their kind.
/// @throws Error (invalid_argument, conflict) naming `label.<field>`
void validate(const Label& label);

/// What the decision says of the label (rules `enterprise.label.level` and
/// `enterprise.label.establishment_unit_number`): the label as validated, with a trace step that
/// says the organisation conditions are judged at its level.
/// @throws Error as validate()
Label describe_label(const Label& label, Trace* trace = nullptr);

}  // namespace lde
