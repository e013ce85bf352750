/// @file rules.hpp
/// @brief The rules of the "label" family: the level of an LDE label and the KBO numbers that
/// identify it (WSE-FAQ "Organisatievoorwaarden" 2.1, 2.2; reading E-19).
#pragma once

#include "lde/core/rule.hpp"

namespace lde::label {

/// A label is held at enterprise or establishment-unit level; the organisation conditions are
/// judged per label.
inline constexpr Rule kLabelLevel{
    "enterprise.label.level",
    "WSE-FAQ \"Organisatievoorwaarden\" 2.1 \"Een onderneming kan het label lokale diensteneconomieonderneming "
    "aanvragen op vestigingsniveau of op ondernemingsniveau. ... Alle organisatievoorwaarden (schaalgrootte, "
    "kwaliteit, begeleiding) zullen op het niveau van het label toegepast worden.\"",
    "E-19"};
/// An establishment unit's KBO number: ten digits.
inline constexpr Rule kEstablishmentUnitNumber{
    "enterprise.label.establishment_unit_number",
    "WSE-FAQ \"Organisatievoorwaarden\" 2.2 \"Elke vestigingseenheid van een onderneming krijgt een uniek nummer "
    "toegekend door de Kruispuntbank Ondernemingen. Het vestigingsnummer -dat verschilt van het "
    "ondernemingsnummer- bestaat uit tien cijfers\"",
    "E-19"};

/// Every rule of the family, for rule_catalog().
inline constexpr const Rule* kRules[] = {&kLabelLevel, &kEstablishmentUnitNumber};

}  // namespace lde::label
