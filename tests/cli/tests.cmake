# CLI tests (included by tests/CMakeLists.txt): exit codes and messages of the
# `lde` command for good input and for every class of bad input.
if(NOT TARGET lde_cli)
  return()
endif()
find_package(Python3 COMPONENTS Interpreter)
if(NOT Python3_Interpreter_FOUND)
  message(STATUS "tests/cli: no Python 3 interpreter, CLI tests skipped")
  return()
endif()

set(LDE_CLI_DIR ${CMAKE_CURRENT_LIST_DIR})
set(LDE_CLI_BAD ${CMAKE_CURRENT_LIST_DIR}/bad)

# lde_cli_test(NAME CODE [STDOUT regex...] [STDERR regex...] [ONE_LINE] ARGS args...)
function(lde_cli_test name code)
  cmake_parse_arguments(T "ONE_LINE" "" "STDOUT;STDERR;ARGS" ${ARGN})
  set(checks --code ${code})
  foreach(rx ${T_STDOUT})
    list(APPEND checks --stdout ${rx})
  endforeach()
  foreach(rx ${T_STDERR})
    list(APPEND checks --stderr ${rx})
  endforeach()
  if(T_ONE_LINE)
    list(APPEND checks --one-line)
  endif()
  add_test(NAME cli_${name}
           COMMAND ${Python3_EXECUTABLE} ${LDE_CLI_DIR}/expect.py ${checks} -- $<TARGET_FILE:lde_cli> ${T_ARGS}
           WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
endfunction()

# Help and version.
lde_cli_test(help 0 STDOUT "Usage:" "lde evaluate FILE" ARGS --help)
lde_cli_test(evaluate_help 0 STDOUT "[-]-explain" ARGS evaluate --help)
lde_cli_test(check_help 0 STDOUT "N passed, N failed" ARGS check --help)
lde_cli_test(simulate_help 0 STDOUT "[-]-out FILE" ARGS simulate --help)
lde_cli_test(params_help 0 STDOUT "[-]-at DATE" ARGS params --help)
lde_cli_test(version 0 STDOUT "^lde ${PROJECT_VERSION} " ARGS --version)
lde_cli_test(no_command 2 STDERR "Usage:" ARGS)
lde_cli_test(unknown_command 2 ONE_LINE STDERR "^lde: unknown command \"frob\"" ARGS frob)
lde_cli_test(unknown_option 2 ONE_LINE STDERR "^lde: unknown option --explian \\(did you mean --explain\\?\\)$"
  ARGS evaluate examples/dossiers/worker.json --explian)
# Suggestions for misspelt commands and options (the command line is parsed by CLI11).
lde_cli_test(unknown_option_check 2 ONE_LINE STDERR "^lde: unknown option --verbos \\(did you mean --verbose\\?\\)$"
  ARGS check tests/cases/worker.json --verbos)
lde_cli_test(unknown_option_with_value 2 ONE_LINE STDERR "^lde: unknown option --prams \\(did you mean --params\\?\\)$"
  ARGS params --prams=x.json)
lde_cli_test(misspelt_command 2 ONE_LINE STDERR "^lde: unknown command \"evalute\" \\(did you mean \"evaluate\"\\?\\)"
  ARGS evalute examples/dossiers/worker.json)
lde_cli_test(misspelt_top_option 2 ONE_LINE STDERR "^lde: unknown option --verison \\(did you mean --version\\?\\)"
  ARGS --verison)
lde_cli_test(option_twice 2 ONE_LINE STDERR "^lde: --at is given twice$"
  ARGS evaluate examples/dossiers/worker.json --at 2025-01-01 --at=2025-02-01)
lde_cli_test(option_without_value 2 ONE_LINE STDERR "^lde: --at needs a value$"
  ARGS evaluate examples/dossiers/worker.json --at)
lde_cli_test(option_equals_form 0 STDOUT "\"at\": \"2025-05-01\""
  ARGS evaluate examples/dossiers/worker.json --at=2025-05-01 --no-trace)
# A case file given to evaluate: the hint to use lde check.
lde_cli_test(evaluate_case_file 2 ONE_LINE STDERR "^lde: .*worker\\.json is a case file .*run the cases with: lde check .*worker\\.json$"
  ARGS evaluate tests/cases/worker.json)
# A mispelt parameter name in a reform: not_found with a suggestion.
file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/cli_misspelt_parameter.json
     "{\"format\": \"lde-reform/1\", \"name\": \"x\", \"changes\": {\"trajectory.length_year\": 3}}")
lde_cli_test(misspelt_parameter 2 ONE_LINE STDERR "trajectory\\.length_year.*did you mean \"trajectory\\.length_years\"\\?"
  ARGS params --params ${CMAKE_CURRENT_BINARY_DIR}/cli_misspelt_parameter.json)
lde_cli_test(simulate_threads_bound 2 ONE_LINE STDERR "^lde: --threads: must lie in 0\\.\\.1024"
  ARGS simulate ${LDE_CLI_DIR}/population.csv --out - --threads 100000)
lde_cli_test(simulate_threads_not_a_number 2 ONE_LINE STDERR "^lde: --threads: expected a whole number"
  ARGS simulate ${LDE_CLI_DIR}/population.csv --out - --threads 4x)

# evaluate: the README demo, JSON output, overrides.
lde_cli_test(evaluate_worker_explain 0
  STDOUT "Worker decision on 2025-02-15" "trajectory +2020-02-01 \\.\\. 2025-04-01" "compensated +yes"
         "worker\\.trajectory\\.absence_extension \\[I-1, I-8, I-9, W-1, W-2, W-13\\]" "Receipt: lde ${PROJECT_VERSION}"
  ARGS evaluate examples/dossiers/worker.json --explain)
lde_cli_test(evaluate_local_service_explain 0
  STDOUT "may be executed by target workers: yes" "NOT MET  compensation 81750.01 against the cap 81750.00"
         "deducted 5000.00 from the trajectory compensation" "local_service.impact_analysis.advice"
  ARGS evaluate tests/cli/local_service.json --explain)
lde_cli_test(evaluate_enterprise_explain 0
  STDOUT "Enterprise LDE-0042, year 2026" "2026-01 +7\\.50 +7\\.50 +8026\\.03 +Voorschot\\.LDE\\.2026\\.01\\.LDE-0042"
         "enterprise\\.compensation\\.monthly_advance"
  ARGS evaluate examples/dossiers/enterprise.json --explain)
lde_cli_test(evaluate_worker_json 0
  STDOUT "\"last_day\": \"2025-04-01\"" "\"absence_extension_days\": 60" "\"parameters_fingerprint\""
  ARGS evaluate examples/dossiers/worker.json)
# --explain states the trajectory's length from the parameters, not a fixed "5 years".
lde_cli_test(evaluate_explain_length 0 STDOUT "trajectory +2020-02-01 \\.\\. .*\\(3 years to 2023-01-31,"
  ARGS evaluate examples/dossiers/worker.json --explain --params ${LDE_CLI_DIR}/reform_length_3.json)
lde_cli_test(evaluate_explain_five_years 0 STDOUT "\\(5 years to 2025-01-31,"
  ARGS evaluate examples/dossiers/worker.json --explain)
lde_cli_test(evaluate_at_override 0 STDOUT "\"at\": \"2025-05-01\"" "\"in_trajectory\": false"
  ARGS evaluate examples/dossiers/worker.json --at 2025-05-01 --no-trace)
lde_cli_test(evaluate_year_override 0 STDOUT "\"2027-01\": \"0.00\"" ARGS evaluate examples/dossiers/enterprise.json --year 2027 --no-trace)
# FILE "-" reads stdin (expect.py feeds the worker example).
add_test(NAME cli_evaluate_stdin
  COMMAND ${Python3_EXECUTABLE} ${LDE_CLI_DIR}/expect.py --code 0 --stdout "\"last_day\": \"2025-04-01\""
          --stdin ${PROJECT_SOURCE_DIR}/examples/dossiers/worker.json -- $<TARGET_FILE:lde_cli> evaluate - --no-trace)
lde_cli_test(evaluate_reform 0 STDOUT "\"2026-01\": \"8535.62\""
  ARGS evaluate examples/dossiers/enterprise.json --no-trace --params ${LDE_CLI_DIR}/reform_13400.json)

# Bad input: exit 2, one line naming the file, the JSON path and the problem.
lde_cli_test(bad_malformed 2 ONE_LINE STDERR "^lde: .*bad/malformed\\.json: malformed JSON at line 2, column 1"
  ARGS evaluate ${LDE_CLI_BAD}/malformed.json)
lde_cli_test(bad_unknown_key 2 ONE_LINE
  STDERR "^lde: .*bad/unknown_key\\.json: worker\\.employment\\[0\\]\\.frist_day: unknown key \"frist_day\" \\(did you mean \"first_day\"\\?\\)$"
  ARGS evaluate ${LDE_CLI_BAD}/unknown_key.json)
lde_cli_test(bad_wrong_type 2 ONE_LINE
  STDERR "^lde: .*bad/wrong_type\\.json: worker\\.rights\\[0\\]\\.granted: expected a date \"YYYY-MM-DD\", got number 20200110$"
  ARGS evaluate ${LDE_CLI_BAD}/wrong_type.json)
lde_cli_test(bad_missing_field 2 ONE_LINE
  STDERR "^lde: .*bad/missing_field\\.json: worker\\.absences\\[0\\]\\.last_day: required field is missing$"
  ARGS evaluate ${LDE_CLI_BAD}/missing_field.json)
lde_cli_test(bad_impossible_date 2 ONE_LINE
  STDERR "^lde: .*bad/impossible_date\\.json: worker\\.employment\\[0\\]\\.first_day: .*2021-02-29"
  ARGS evaluate ${LDE_CLI_BAD}/impossible_date.json)
lde_cli_test(bad_fraction 2 ONE_LINE
  STDERR "^lde: .*bad/fraction\\.json: enterprise\\.dmfa\\.2026-Q1\\[0\\]\\.fraction: .*1\\.20"
  ARGS evaluate ${LDE_CLI_BAD}/fraction.json)
lde_cli_test(bad_unknown_keys_all 2 ONE_LINE
  STDERR "^lde: .*bad/unknown_keys\\.json: worker\\.employment\\[0\\]\\.frist_day: unknown key \"frist_day\" \\(did you mean \"first_day\"\\?\\); also unknown: \"lst_day\" \\(did you mean \"last_day\"\\?\\)$"
  ARGS evaluate ${LDE_CLI_BAD}/unknown_keys.json)
lde_cli_test(bad_inexact_number 2 ONE_LINE
  STDERR "^lde: .*bad/inexact_number\\.json: enterprise\\.hires\\.2026-01: number 9\\.50000000000000000001 cannot be stored exactly"
  ARGS evaluate ${LDE_CLI_BAD}/inexact_number.json)
lde_cli_test(bad_empty_legal_form 2 ONE_LINE
  STDERR "^lde: .*bad/empty_legal_form\\.json: enterprise\\.legal_form: must not be empty, got string \"\"$"
  ARGS evaluate ${LDE_CLI_BAD}/empty_legal_form.json)
# 100 000 nested arrays: a parse error naming the path (used to exhaust memory and get the process killed).
string(REPEAT "[" 100000 LDE_CLI_DEEP_OPEN)
string(REPEAT "]" 100000 LDE_CLI_DEEP_CLOSE)
file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/cli_deep.json
     "{\"at\": \"2025-02-15\", \"worker\": {\"birth_date\": \"1980-05-10\", \"rights\": ${LDE_CLI_DEEP_OPEN}${LDE_CLI_DEEP_CLOSE}}}")
lde_cli_test(bad_deep_nesting 2 ONE_LINE
  STDERR "^lde: .*cli_deep\\.json: worker\\.rights(\\[0\\])+: the JSON is nested more than 64 levels deep$"
  ARGS evaluate ${CMAKE_CURRENT_BINARY_DIR}/cli_deep.json)
lde_cli_test(bad_missing_file 2 ONE_LINE STDERR "^lde: no/such/file\\.json: cannot open the file$"
  ARGS evaluate no/such/file.json)
lde_cli_test(bad_at_option 2 ONE_LINE STDERR "^lde: --at: .*2019-02-30" ARGS evaluate examples/dossiers/worker.json --at 2019-02-30)
lde_cli_test(bad_params_duplicate 2 ONE_LINE STDERR "^lde: .*bad/params_duplicate\\.json: trajectory\\.absence_min_days: the key .* appears twice"
  ARGS params --params ${LDE_CLI_BAD}/params_duplicate.json)
lde_cli_test(bad_params_file 2 ONE_LINE STDERR "^lde: .*bad/params_bad\\.json: compensation\\.annual_rate_per_fte: "
  ARGS params --params ${LDE_CLI_BAD}/params_bad.json)

# check: one line per case, expected vs actual, the final count, exit codes.
file(GLOB LDE_CASE_FILES ${PROJECT_SOURCE_DIR}/tests/cases/*.json)
lde_cli_test(check_cases 0 STDOUT "^ok +.*worker\\.json: trajectory-five-years$" "^[0-9]+ passed, 0 failed$"
  ARGS check ${LDE_CASE_FILES})
lde_cli_test(check_failing_case 1
  STDOUT "^FAIL +.*failing_case\\.json: wrong-on-purpose" "trajectory\\.last_day: expected \"2025-02-01\", got \"2025-01-31\""
         "^0 passed, 1 failed$"
  ARGS check ${LDE_CLI_BAD}/failing_case.json)
# --explain: the trace of a failing case.
lde_cli_test(check_failing_case_explain 1
  STDOUT "^FAIL +.*failing_case\\.json: wrong-on-purpose" "^      trace \\([0-9]+ steps\\):$"
         "^        [0-9]+\\. worker\\.trajectory\\.length \\[I-1, I-2, I-7, W-8, W-12\\]$" "^           parameter trajectory\\.length_years = 5 "
  ARGS check ${LDE_CLI_BAD}/failing_case.json --explain)
lde_cli_test(check_passing_no_trace 0 STDOUT "^ok +.*worker\\.json: trajectory-five-years$"
  ARGS check tests/cases/worker.json --explain)
lde_cli_test(check_malformed_case_file 2 ONE_LINE
  STDERR "^lde: .*case_without_source\\.json: cases\\[0\\]\\.source: required field is missing"
  ARGS check ${LDE_CLI_BAD}/case_without_source.json)
# An impossible date in a case that does not expect an error is an error of the file (exit 2, no
# partial output); the same input with expect_error is an ordinary, passing case.
lde_cli_test(check_impossible_date_case 2 ONE_LINE
  STDERR "^lde: .*case_impossible_date\\.json: cases\\[1\\]\\.worker\\.birth_date: .*1980-02-30"
  ARGS check ${LDE_CLI_BAD}/case_impossible_date.json)
lde_cli_test(check_needs_a_file 2 ONE_LINE STDERR "^lde: check needs at least one case FILE" ARGS check)

# params.
lde_cli_test(params_list 0
  STDOUT "^compensation\\.annual_rate_per_fte = 12600\\.00 " "^scale\\.converted_compliance_date = 2021-01-01" "I-17"
  ARGS params --at 2020-01-01)
lde_cli_test(params_history 0 STDOUT "^scale\\.converted_compliance_date = 2018-01-01" ARGS params --at 2018-06-01)

# simulate: the population engine over a CSV.
lde_cli_test(simulate 0 STDERR "evaluated 5 workers on 2025-06-01: 2 compensated"
  ARGS simulate ${LDE_CLI_DIR}/population.csv --out ${CMAKE_CURRENT_BINARY_DIR}/cli_results.csv --at 2025-06-01)
lde_cli_test(simulate_stdout 0
  STDOUT "^id,right_kind,right_valid,right_last_day,hiring_eligible,trajectory_first_day,trajectory_last_day,"
         "^ill,lde,false,2024-11-30,true,2020-02-01,2025-04-01,60,0,none,false,false,false,"  # I-25: the last right in force is named
         "^sixty,lde,false,2024-11-30,true,2020-02-01,2025-01-31,0,0,age60,false,true,true,"
         "^\"quoted, id\",.*,age55,false,true,true,"
  ARGS simulate ${LDE_CLI_DIR}/population.csv --out - --at 2025-06-01)
lde_cli_test(simulate_bad_date 2 ONE_LINE
  STDERR "^lde: .*population_bad_date\\.csv: line 3, column birth_date: .*1980-02-30"
  ARGS simulate ${LDE_CLI_BAD}/population_bad_date.csv --out - --at 2025-06-01)
lde_cli_test(simulate_unknown_column 2 ONE_LINE
  STDERR "^lde: .*population_unknown_column\\.csv: line 1, column 5: unknown column \"employer_contingnet\""
  ARGS simulate ${LDE_CLI_BAD}/population_unknown_column.csv --out - --at 2025-06-01)
# Absence errors name the CSV line (blank lines counted) and the item of the absences cell.
lde_cli_test(simulate_bad_absence 2 ONE_LINE
  STDERR "^lde: .*population_bad_absence\\.csv: line 5, column absences, item 2: .*2021-09-01"
  ARGS simulate ${LDE_CLI_BAD}/population_bad_absence.csv --out - --at 2025-06-01)
lde_cli_test(simulate_misspelt_column 2 ONE_LINE
  STDERR "^lde: .*population_misspelt_column\\.csv: line 1, column 5: unknown column \"employer_recognized\" \\(did you mean \"employer_recognised\"\\?\\)"
  ARGS simulate ${LDE_CLI_BAD}/population_misspelt_column.csv --out - --at 2025-06-01)
# Booleans as pandas writes them (True/False) read like true/false; other spellings are refused.
lde_cli_test(simulate_pandas_booleans 0
  STDOUT "^0,lde,true,2024-11-30,true,"
         "^1,lde,true,2024-11-30,false,"
         "^2,lde,true,2024-11-30,false,"
  ARGS simulate ${LDE_CLI_DIR}/population_pandas.csv --out - --at 2021-06-01)
lde_cli_test(simulate_bad_boolean 2 ONE_LINE
  STDERR "^lde: .*population_bad_bool\\.csv: line 2, column employer_recognised: expected true, false, True, False, 1 or 0, got \"TRUE\""
  ARGS simulate ${LDE_CLI_BAD}/population_bad_bool.csv --out - --at 2021-06-01)
lde_cli_test(simulate_needs_out 2 ONE_LINE STDERR "^lde: simulate needs --out" ARGS simulate ${LDE_CLI_DIR}/population.csv)

# simulate over a folder of CSV files, one per table (docs/cli.md "The folder form"): several rights
# (one replaced, I-6), employment at two employers (I-7), absences, two competence approvals (I-9),
# doorstroom with non-cooperation (I-11); output indexed by the worker id, with the new columns.
lde_cli_test(simulate_tables 0 STDERR "evaluated 5 workers on 2025-06-01: 2 compensated"
  ARGS simulate ${LDE_CLI_DIR}/population_tables --out ${CMAKE_CURRENT_BINARY_DIR}/cli_tables_results.csv --at 2025-06-01)
lde_cli_test(simulate_tables_stdout 0
  STDOUT "^id,right_kind,right_valid,.*,compensated,reasons,continuation_first_day,right_ended$"
         # two employers (I-7), the LDE right replaced by maatwerk (I-6), 60 days of illness (I-8)
         "^101,maatwerk,true,2027-02-28,true,2020-02-01,2025-04-01,60,0,none,false,false,false,right_replaced\\|absence_extended\\|trajectory_ended,,$"
         # two competence approvals, 6 + 3 months (I-9); 60 at the end: continuation (I-10)
         "^102,lde,false,2024-11-30,true,2020-02-01,2025-10-31,0,9,age60,true,false,true,.*,2025-11-01,expired$"
         # doorstroom with two periods of non-cooperation (I-11)
         "^103,lde,false,2025-01-09,true,2020-02-01,2025-01-31,0,0,age55,false,true,true,.*,2025-03-01,expired$"
         "^104,none,false,,false,,,0,0,none,false,false,false,no_right\\|not_employed,,$"
         "^105,lde,false,2020-05-31,true,2015-07-01,2020-10-26,118,0,none,.*,,expired$"
  ARGS simulate ${LDE_CLI_DIR}/population_tables --out - --at 2025-06-01)
# The one-spell form gives the new columns too.
lde_cli_test(simulate_new_columns 0
  STDOUT "^id,.*,reasons,continuation_first_day,right_ended$" "^sixty,lde,false,2024-11-30,.*,age60,.*,2025-02-01,expired$"
  ARGS simulate ${LDE_CLI_DIR}/population.csv --out - --at 2025-06-01)
lde_cli_test(simulate_tables_unknown_worker 2 ONE_LINE
  STDERR "^lde: .*tables_unknown_worker: rights\\.csv, line 3, column worker: worker id \"w3\" is not in workers\\.csv"
  ARGS simulate ${LDE_CLI_BAD}/tables_unknown_worker --out - --at 2025-06-01)
lde_cli_test(simulate_tables_duplicate_id 2 ONE_LINE
  STDERR "^lde: .*tables_duplicate_id: workers\\.csv, line 4, column id: worker id \"w1\" appears twice \\(first on line 2\\)"
  ARGS simulate ${LDE_CLI_BAD}/tables_duplicate_id --out - --at 2025-06-01)
lde_cli_test(simulate_tables_misspelt_column 2 ONE_LINE
  STDERR "^lde: .*tables_misspelt_column: employment\\.csv, line 1, column 3: unknown column \"employer_recognized\" \\(did you mean \"employer_recognised\"\\?\\)"
  ARGS simulate ${LDE_CLI_BAD}/tables_misspelt_column --out - --at 2025-06-01)
lde_cli_test(simulate_tables_bad_date 2 ONE_LINE
  STDERR "^lde: .*tables_bad_date: employment\\.csv, line 4, column first_day: .*2020-02-30"
  ARGS simulate ${LDE_CLI_BAD}/tables_bad_date --out - --at 2025-06-01)
# What the engine refuses is named at the file line it came from.
lde_cli_test(simulate_tables_absence_order 2 ONE_LINE
  STDERR "^lde: .*tables_absence_order: absences\\.csv, line 3, column last_day: .*2021-09-01"
  ARGS simulate ${LDE_CLI_BAD}/tables_absence_order --out - --at 2025-06-01)
lde_cli_test(simulate_tables_second_doorstroom 2 ONE_LINE
  STDERR "^lde: .*tables_second_doorstroom: doorstroom\\.csv, line 3"
  ARGS simulate ${LDE_CLI_BAD}/tables_second_doorstroom --out - --at 2025-06-01)
lde_cli_test(simulate_tables_no_workers 2 ONE_LINE
  STDERR "^lde: .*tables_no_workers: workers\\.csv: a population folder needs workers\\.csv"
  ARGS simulate ${LDE_CLI_BAD}/tables_no_workers --out - --at 2025-06-01)
# The column tables of docs/cli.md are the column schema's (tests/cli/population_columns.py).
if(NOT TARGET lde_print_population_schema)
  add_executable(lde_print_population_schema ${PROJECT_SOURCE_DIR}/tests/c/print_population_schema.cpp)
  target_link_libraries(lde_print_population_schema PRIVATE lde nlohmann_json::nlohmann_json lde_warnings)
endif()
add_test(NAME cli_docs_population_columns
         COMMAND ${Python3_EXECUTABLE} ${LDE_CLI_DIR}/population_columns.py $<TARGET_FILE:lde_print_population_schema> --check)
set_tests_properties(cli_docs_population_columns PROPERTIES PASS_REGULAR_EXPRESSION "match the schema")

# `lde ledger add` killed with SIGKILL at random points: the store holds exactly the committed adds,
# and the balance of a committed state never changes (issue 18, docs/cli.md "lde ledger"); concurrent
# adds of one conflicting batch commit exactly once; the store's parameter fingerprint is enforced.
add_test(NAME cli_ledger_store COMMAND ${Python3_EXECUTABLE} ${LDE_CLI_DIR}/ledger_store.py $<TARGET_FILE:lde_cli> 36)
set_tests_properties(cli_ledger_store PROPERTIES PASS_REGULAR_EXPRESSION "\n0 failures\n")
lde_cli_test(ledger_help 0 STDOUT "lde ledger add FILE.db EVENTS.json" ARGS ledger --help)
lde_cli_test(ledger_unknown 2 STDERR "unknown ledger command \"balanse\"" ONE_LINE ARGS ledger balanse x.db)
lde_cli_test(ledger_missing_store 2 STDERR "no-such.db: no such ledger store" ONE_LINE ARGS ledger balance no-such.db --as-of 2026-01-01)

# simulate --budget (issue 14): the compensation budget over years, baseline and reforms, as CSV.
# Two workers compensated all year at 1.00 FTE: 12 months of 12600.00 × days / 365, each rounded
# once (I-12), are 12600.04 per worker; at 13400.00 they are 13399.99.
lde_cli_test(simulate_budget 0
  STDOUT "^scenario,year,amount_cents,amount_eur,fte_days,fte_years,workers_compensated\n"
         "\nbaseline,2026,2520008,25200\\.08,730\\.0000,2\\.0000,2\n"
         "\nbaseline,2027,2520008,25200\\.08,730\\.0000,2\\.0000,2\n"
         "\ndefault\\+rate 13400,2026,2679998,26799\\.98,730\\.0000,2\\.0000,2\n"
         "\ndefault\\+three-year trajectory,2026,"
  STDERR "priced 5 workers for 2026\\.\\.2027 under 3 scenarios"
  ARGS simulate ${LDE_CLI_DIR}/population.csv --budget --years 2026..2027 --out -
       --params ${LDE_CLI_DIR}/reform_13400.json,${LDE_CLI_DIR}/reform_length_3.json)
lde_cli_test(simulate_budget_groups 0
  STDOUT "^scenario,quarter,month,right_kind,amount_cents,amount_eur,fte_days,fte_years,workers_compensated\n"
         "\nbaseline,1,1,lde,107014,1070\\.14,31\\.0000,0\\.0849,2\n"
  ARGS simulate ${LDE_CLI_DIR}/population.csv --budget --years 2026 --by month,quarter,right_kind --fraction 0.5
       --out -)
lde_cli_test(simulate_budget_file 0 STDERR "budget in .*cli_budget\\.csv"
  ARGS simulate ${LDE_CLI_DIR}/population.csv --budget --years 2026 --out ${CMAKE_CURRENT_BINARY_DIR}/cli_budget.csv)
lde_cli_test(simulate_budget_no_years 2 ONE_LINE STDERR "^lde: --budget needs --years YYYY\\.\\.YYYY"
  ARGS simulate ${LDE_CLI_DIR}/population.csv --budget --out -)
lde_cli_test(simulate_budget_bad_years 2 ONE_LINE STDERR "^lde: --years: expected a range of 1 to 100 years"
  ARGS simulate ${LDE_CLI_DIR}/population.csv --budget --years 2026..2020 --out -)
lde_cli_test(simulate_budget_years_not_a_year 2 ONE_LINE STDERR "^lde: --years: expected YYYY or YYYY\\.\\.YYYY"
  ARGS simulate ${LDE_CLI_DIR}/population.csv --budget --years 20x6 --out -)
lde_cli_test(simulate_budget_bad_group 2 ONE_LINE STDERR "^lde: --by: unknown group \"yeer\""
  ARGS simulate ${LDE_CLI_DIR}/population.csv --budget --years 2026 --by yeer --out -)
lde_cli_test(simulate_budget_bad_fraction 2 ONE_LINE STDERR "^lde: --fraction: .*above 1 \\(I-20\\)"
  ARGS simulate ${LDE_CLI_DIR}/population.csv --budget --years 2026 --fraction 1.5 --out -)
lde_cli_test(simulate_budget_years_without_budget 2 ONE_LINE STDERR "^lde: --years is an option of lde simulate --budget"
  ARGS simulate ${LDE_CLI_DIR}/population.csv --years 2026 --out -)
lde_cli_test(simulate_budget_at 2 ONE_LINE STDERR "^lde: --at is not an option of lde simulate --budget"
  ARGS simulate ${LDE_CLI_DIR}/population.csv --budget --years 2026 --at 2026-01-01 --out -)
lde_cli_test(simulate_budget_bad_row 2 ONE_LINE
  STDERR "^lde: .*population_bad_absence\\.csv: line 5, column absences, item 2: .*2021-09-01"
  ARGS simulate ${LDE_CLI_BAD}/population_bad_absence.csv --budget --years 2026 --out -)
# The folder form (one CSV file per table) prices the same population.
lde_cli_test(simulate_budget_folder 0
  STDOUT "^scenario,year,right_kind,amount_cents,amount_eur,fte_days,fte_years,workers_compensated\n"
         "\nbaseline,2026,lde,2520008,25200\\.08,730\\.0000,2\\.0000,2\n"
  ARGS simulate ${LDE_CLI_DIR}/population_tables --budget --years 2026 --by year,right_kind --out -)
lde_cli_test(simulate_budget_same_name 2 ONE_LINE STDERR "^lde: --params: two scenarios are named"
  ARGS simulate ${LDE_CLI_DIR}/population.csv --budget --years 2026 --out -
       --params ${LDE_CLI_DIR}/reform_13400.json,${LDE_CLI_DIR}/reform_13400.json)
