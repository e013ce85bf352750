/// @file lde.hpp
/// @brief Umbrella header: the whole public C++ API of lde.
///
/// Includes every public header under include/lde (tests/core/test_umbrella.cpp checks that none is
/// missing): the core types, the worker, enterprise, procedure and confidential-section rule
/// families, the population engine and the readers and writers of the JSON formats (lde/io).
#pragma once

#include "lde/core/calendar.hpp"
#include "lde/core/decision.hpp"
#include "lde/core/error.hpp"
#include "lde/core/fte.hpp"
#include "lde/core/holidays.hpp"
#include "lde/core/int128.hpp"
#include "lde/core/limits.hpp"
#include "lde/core/money.hpp"
#include "lde/core/parameters.hpp"
#include "lde/core/rule.hpp"

#include "lde/worker/compensation_months.hpp"
#include "lde/worker/continuation.hpp"
#include "lde/worker/dossier.hpp"
#include "lde/worker/hiring.hpp"
#include "lde/worker/right.hpp"
#include "lde/worker/status.hpp"
#include "lde/worker/rules.hpp"
#include "lde/worker/trajectory.hpp"

#include "lde/enterprise/compensation.hpp"
#include "lde/enterprise/conditions.hpp"
#include "lde/enterprise/contract_change.hpp"
#include "lde/enterprise/enterprise.hpp"
#include "lde/enterprise/occupancy.hpp"
#include "lde/enterprise/quality.hpp"
#include "lde/enterprise/rules.hpp"
#include "lde/enterprise/scale.hpp"
#include "lde/enterprise/transition.hpp"
#include "lde/enterprise/year.hpp"

#include "lde/label/label.hpp"
#include "lde/label/rules.hpp"

#include "lde/pop/pop.hpp"
#include "lde/pop/rules.hpp"

#include "lde/procedure/appeal.hpp"
#include "lde/procedure/maatwerk.hpp"
#include "lde/procedure/rules.hpp"

#include "lde/confidential/access.hpp"
#include "lde/confidential/log.hpp"
#include "lde/confidential/rules.hpp"

#include "lde/local_service/assignment.hpp"
#include "lde/local_service/compensation.hpp"
#include "lde/local_service/evaluate.hpp"
#include "lde/local_service/impact_analysis.hpp"
#include "lde/local_service/rules.hpp"
#include "lde/local_service/service.hpp"

#include "lde/ledger/ledger.hpp"
#include "lde/ledger/rules.hpp"

#include "lde/population/budget.hpp"
#include "lde/population/population.hpp"
#include "lde/population/schema.hpp"
#include "lde/population/tables.hpp"

#include "lde/io/cases.hpp"
#include "lde/io/confidential.hpp"
#include "lde/io/json.hpp"
#include "lde/io/ledger.hpp"
#include "lde/io/local_service.hpp"
#include "lde/io/population_csv.hpp"

#include "lde/version.hpp"
