/// @file hiring.hpp
/// @brief Hiring eligibility on the first day of employment (I-5).
///
/// Sources: WSE-FAQ "Indicering doelgroepwerknemers" 5.11, 5.12; "Vacatures"
/// 7.6 (artikel 60), 7.8 (no compensation without contingent);
/// "Organisatievoorwaarden" 2.14 (Brussels); I-5.
#pragma once

#include "lde/core/decision.hpp"
#include "lde/core/parameters.hpp"
#include "lde/worker/dossier.hpp"

#include <string>
#include <vector>

namespace lde {

/// Stable ids of the hiring conditions (used in `hiring.failing`).
namespace hiring_condition {
inline constexpr const char* right_valid = "right_valid";                      ///< An LDE right is valid on the first day.
inline constexpr const char* employer_recognised = "employer_recognised";      ///< The employer holds the LDE label.
inline constexpr const char* employer_contingent = "employer_contingent";      ///< The employer's contingent is > 0.
inline constexpr const char* employer_not_in_brussels = "employer_not_in_brussels";  ///< The employer is not established in Brussels.
inline constexpr const char* new_hires_allowed = "new_hires_allowed";          ///< LDE still takes new hires (2023 reform, I-21).
}  // namespace hiring_condition

/// The outcome of the hiring check for one employment period.
struct HiringEligibility {
  bool eligible = false;             ///< All conditions met.
  std::vector<std::string> failing;  ///< Ids of every failing condition (not only the first).
};

/// Whether @p employment (an element of @p dossier.employment) can start an
/// insertion trajectory with compensation: on its first day the LDE right is
/// valid, the employer is recognised with a contingent > 0 and not
/// established in Brussels (I-5). The worker's residence (Brussels) and
/// "artikel 60" status do not matter.
/// @throws Error for an invalid dossier (validate()); an @p employment that is
/// not an element of @p dossier.employment is checked on its own, its fields
/// named `employment.first_day` / `employment.last_day`
HiringEligibility hiring_eligibility(const WorkerDossier& dossier, const Employment& employment,
                                     const ParameterSet& params, Trace* trace = nullptr);

}  // namespace lde
