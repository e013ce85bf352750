# The C ABI suite (included by tests/CMakeLists.txt): the C test suite compiled
# as C99, the header compiled as C++, the C example, the Python ctypes
# consumer, the exported-symbol check, the ABI check against the baseline and
# the check of every enumeration value and macro constant against the
# committed table (plus the proofs that both checks fail on broken copies).
if(NOT TARGET lde_c)
  return()
endif()

set(LDE_C_DIR ${CMAKE_CURRENT_LIST_DIR})
find_package(Threads REQUIRED)
find_package(Python3 COMPONENTS Interpreter)

# Strict C warnings (lde_warnings carries C++-only flags).
set(LDE_C_WARNINGS -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion -Wstrict-prototypes
    -Wmissing-prototypes $<$<BOOL:${LDE_WERROR}>:-Werror>)
set(LDE_C_SANITIZE_COMPILE $<$<BOOL:${LDE_SANITIZE}>:-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer>
    $<$<BOOL:${LDE_SANITIZE_THREAD}>:-fsanitize=thread -fno-omit-frame-pointer>)
set(LDE_C_SANITIZE_LINK $<$<BOOL:${LDE_SANITIZE}>:-fsanitize=address,undefined> $<$<BOOL:${LDE_SANITIZE_THREAD}>:-fsanitize=thread>)

# A C suite: TARGET built from SOURCE as C99 without extensions, with the C warnings and the
# sanitizers of the build, linked to lde_c (and LIBS), registered as the CTest NAME, which passes
# on the suite's closing "N passed, 0 failed" line (tests/c/check.h).
function(lde_c_suite target source name)
  add_executable(${target} ${LDE_C_DIR}/${source})
  set_target_properties(${target} PROPERTIES LINKER_LANGUAGE C C_STANDARD 99 C_STANDARD_REQUIRED ON C_EXTENSIONS OFF)
  target_compile_options(${target} PRIVATE ${LDE_C_WARNINGS} ${LDE_C_SANITIZE_COMPILE})
  target_link_options(${target} PRIVATE ${LDE_C_SANITIZE_LINK})
  target_link_libraries(${target} PRIVATE lde_c ${ARGN})
  add_test(NAME ${name} COMMAND ${target})
  set_tests_properties(${name} PROPERTIES
    FAIL_REGULAR_EXPRESSION "[1-9][0-9]* failed"
    PASS_REGULAR_EXPRESSION " 0 failed")
endfunction()

# 1. The C suite.
lde_c_suite(test_capi test_capi.c capi_c_suite Threads::Threads)
# 1a. Shared handles under load: 8 threads share one parameter set, dossier and enterprise while
# batch calls run (scripts/test.sh runs it under ThreadSanitizer too).
lde_c_suite(test_capi_stress test_capi_stress.c capi_stress_threads Threads::Threads)
# 1c. The confidential section's accessors (lde.h "Confidential section").
lde_c_suite(test_capi_confidential test_capi_confidential.c capi_confidential)
# 1c'. The POP and label functions (lde.h "POP and label of an enterprise").
lde_c_suite(test_capi_pop test_capi_pop.c capi_pop)
# 1d. The local services' accessors (lde.h "Local services and the DAEB rules").
lde_c_suite(test_capi_local_service test_capi_local_service.c capi_local_service)
# 1e. The settlement ledger's accessors (lde.h "Settlement ledger").
lde_c_suite(test_capi_ledger test_capi_ledger.c capi_ledger)
# 1f. The population tables (lde.h "Batch evaluation of whole dossiers"): equal to lde_evaluate_worker()
# row by row, old struct sizes, NULL tables and columns, bad rows named `table[row].column`.
lde_c_suite(test_capi_population test_capi_population.c capi_population)
# ... and its structs are the column schema's tables, column for column (lde/population/schema.hpp).
if(NOT TARGET lde_print_population_schema)  # also made by tests/cli/tests.cmake (docs/cli.md's column tables)
  add_executable(lde_print_population_schema ${LDE_C_DIR}/print_population_schema.cpp)
  target_link_libraries(lde_print_population_schema PRIVATE lde nlohmann_json::nlohmann_json lde_warnings)
endif()
if(Python3_Interpreter_FOUND)
  add_test(NAME capi_population_schema
           COMMAND ${Python3_EXECUTABLE} ${LDE_C_DIR}/check_population_schema.py $<TARGET_FILE:lde_print_population_schema>
                   ${PROJECT_SOURCE_DIR}/bindings/c/include/lde/lde.h)
  set_tests_properties(capi_population_schema PROPERTIES PASS_REGULAR_EXPRESSION "match the column schema")
endif()

# 1b. Under a counting, fault-injecting malloc: every allocation failing in
# turn gives a status (never std::terminate), and the batch call's allocations
# per row are bounded. It replaces malloc, so it is built without the
# sanitizers and only in configurations without them (scripts/test.sh runs it
# in build/ci).
if(NOT LDE_SANITIZE AND NOT LDE_SANITIZE_THREAD)
  add_executable(test_capi_malloc ${LDE_C_DIR}/test_capi_malloc.c)
  set_target_properties(test_capi_malloc PROPERTIES LINKER_LANGUAGE C C_STANDARD 99 C_STANDARD_REQUIRED ON C_EXTENSIONS OFF)
  target_compile_options(test_capi_malloc PRIVATE ${LDE_C_WARNINGS})
  target_link_libraries(test_capi_malloc PRIVATE lde_c)
  add_test(NAME capi_malloc COMMAND test_capi_malloc)
  set_tests_properties(capi_malloc PROPERTIES
    FAIL_REGULAR_EXPRESSION "[1-9][0-9]* failed"
    PASS_REGULAR_EXPRESSION " 0 failed")
endif()

# 1c. LDE_STATUS_INTERNAL for real: a test-only copy of the library with an
# injection hook (LDE_C_TEST_HOOKS); liblde_c itself never has it.
lde_c_library(lde_c_test_hooks ${PROJECT_SOURCE_DIR}/bindings/c/include lde_c_test_hooks)
target_compile_definitions(lde_c_test_hooks PRIVATE LDE_C_TEST_HOOKS)
add_executable(test_capi_internal ${LDE_C_DIR}/test_capi_internal.c)
set_target_properties(test_capi_internal PROPERTIES LINKER_LANGUAGE C C_STANDARD 99 C_STANDARD_REQUIRED ON C_EXTENSIONS OFF)
target_compile_options(test_capi_internal PRIVATE ${LDE_C_WARNINGS} -Wno-missing-prototypes ${LDE_C_SANITIZE_COMPILE})
target_link_options(test_capi_internal PRIVATE ${LDE_C_SANITIZE_LINK})
target_link_libraries(test_capi_internal PRIVATE lde_c_test_hooks)
add_test(NAME capi_internal_status COMMAND test_capi_internal)
set_tests_properties(capi_internal_status PROPERTIES
  FAIL_REGULAR_EXPRESSION "[1-9][0-9]* failed"
  PASS_REGULAR_EXPRESSION " 0 failed")

# 1d. Leaks: in sanitized builds LeakSanitizer checks every C program above (scripts/test.sh sets
# detect_leaks=1); this probe leaks on purpose, asks LeakSanitizer for a check on the spot and passes
# only when the leak is reported, so a checker that is off cannot pass silently. In other builds valgrind --leak-check=full runs the C example, when installed.
if(LDE_SANITIZE)
  add_executable(capi_leak_probe ${LDE_C_DIR}/leak_probe.c)
  target_compile_options(capi_leak_probe PRIVATE ${LDE_C_SANITIZE_COMPILE})
  target_link_options(capi_leak_probe PRIVATE ${LDE_C_SANITIZE_LINK})
  target_link_libraries(capi_leak_probe PRIVATE lde_c)
  add_test(NAME capi_leak_check_detects_leak COMMAND capi_leak_probe)
  set_tests_properties(capi_leak_check_detects_leak PROPERTIES ENVIRONMENT "ASAN_OPTIONS=detect_leaks=1"
                        PASS_REGULAR_EXPRESSION "reported the deliberate leak above")
elseif(NOT LDE_SANITIZE_THREAD)
  find_program(LDE_VALGRIND valgrind)
  if(LDE_VALGRIND)
    add_test(NAME capi_example_valgrind
             COMMAND ${LDE_VALGRIND} --leak-check=full --errors-for-leak-kinds=definite,indirect
                     --error-exitcode=3 $<TARGET_FILE:lde_c_example>)
  endif()
endif()

# 2. The header compiled as C++.
add_executable(test_capi_header_cxx ${LDE_C_DIR}/header_cxx.cpp)
target_compile_options(test_capi_header_cxx PRIVATE -Wall -Wextra -Wpedantic -Wold-style-cast $<$<BOOL:${LDE_WERROR}>:-Werror>
                       ${LDE_C_SANITIZE_COMPILE})
target_link_options(test_capi_header_cxx PRIVATE ${LDE_C_SANITIZE_LINK})
target_link_libraries(test_capi_header_cxx PRIVATE lde_c)
set_target_properties(test_capi_header_cxx PROPERTIES CXX_STANDARD 11 CXX_STANDARD_REQUIRED ON CXX_EXTENSIONS OFF)
add_test(NAME capi_header_cxx COMMAND test_capi_header_cxx)

# 3. The example: evaluates a dossier and prints the decision and its trace.
add_executable(lde_c_example ${PROJECT_SOURCE_DIR}/examples/c/evaluate_dossier.c)
set_target_properties(lde_c_example PROPERTIES C_STANDARD 99 C_STANDARD_REQUIRED ON C_EXTENSIONS OFF)
target_compile_options(lde_c_example PRIVATE ${LDE_C_WARNINGS} ${LDE_C_SANITIZE_COMPILE})
target_link_options(lde_c_example PRIVATE ${LDE_C_SANITIZE_LINK})
target_link_libraries(lde_c_example PRIVATE lde_c)
add_test(NAME capi_example COMMAND lde_c_example)
set_tests_properties(capi_example PROPERTIES
  PASS_REGULAR_EXPRESSION "trajectory.last_day +2025-04-01.*worker.trajectory.absence_extension.*I-8")

# The ctypes consumer, the export check and both ABI checks are part of the
# promise: a configuration that cannot run them is an error, not a silent skip.
if(NOT Python3_Interpreter_FOUND)
  message(FATAL_ERROR "The C ABI tests (tests/c) need a Python 3 interpreter. Install python3, or configure with "
                      "-DLDE_BUILD_C_API=OFF or -DLDE_BUILD_TESTS=OFF.")
endif()
find_program(LDE_ABIDIFF abidiff)
find_program(LDE_ABIDW_PROGRAM abidw)
if(NOT LDE_ABIDIFF OR NOT LDE_ABIDW_PROGRAM)
  message(FATAL_ERROR "The C ABI check (tests/c) needs abidiff and abidw from abigail-tools "
                      "(scripts/install-deps.sh installs them: apt-get install abigail-tools). "
                      "Or configure with -DLDE_BUILD_C_API=OFF or -DLDE_BUILD_TESTS=OFF.")
endif()

# 4. The Python ctypes consumer (no C++ toolchain involved).
add_test(NAME capi_ctypes_consumer
  COMMAND ${Python3_EXECUTABLE} ${LDE_C_DIR}/ctypes_consumer.py $<TARGET_FILE:lde_c>)
if(LDE_SANITIZE)
  # An instrumented library in an uninstrumented interpreter: load the runtimes first.
  execute_process(COMMAND ${CMAKE_C_COMPILER} -print-file-name=libasan.so OUTPUT_VARIABLE _asan OUTPUT_STRIP_TRAILING_WHITESPACE)
  execute_process(COMMAND ${CMAKE_C_COMPILER} -print-file-name=libubsan.so OUTPUT_VARIABLE _ubsan OUTPUT_STRIP_TRAILING_WHITESPACE)
  set_tests_properties(capi_ctypes_consumer PROPERTIES
    ENVIRONMENT "LD_PRELOAD=${_asan}:${_ubsan};ASAN_OPTIONS=detect_leaks=0")
endif()

# 5. Only lde_ symbols exported; every LDE_API function exported and exercised by the C suite.
add_test(NAME capi_exports
  COMMAND ${Python3_EXECUTABLE} ${LDE_C_DIR}/check_exports.py $<TARGET_FILE:lde_c>
          ${PROJECT_SOURCE_DIR}/bindings/c/include/lde/lde.h ${LDE_C_DIR}/test_capi.c
          ${LDE_C_DIR}/test_capi_confidential.c ${LDE_C_DIR}/test_capi_pop.c ${LDE_C_DIR}/test_capi_local_service.c
          ${LDE_C_DIR}/test_capi_ledger.c ${LDE_C_DIR}/test_capi_population.c)

# 6. The ABI check against the committed baseline, and its proof of failure.
set(LDE_C_BASELINE ${PROJECT_SOURCE_DIR}/bindings/c/abi/liblde_c.abi)
set(LDE_C_SUPPRESSIONS ${PROJECT_SOURCE_DIR}/bindings/c/abi/suppressions.ini)
if(NOT EXISTS ${LDE_C_BASELINE})
  message(FATAL_ERROR "The ABI baseline ${LDE_C_BASELINE} is missing")
endif()
add_test(NAME capi_abi_check
  COMMAND ${Python3_EXECUTABLE} ${LDE_C_DIR}/abi_check.py check ${LDE_C_BASELINE} $<TARGET_FILE:lde_c>
          ${PROJECT_SOURCE_DIR}/bindings/c/include/lde ${LDE_C_SUPPRESSIONS})

# The broken copy: the same sources compiled against a header in which
# lde_date.day became an int64_t (a changed struct every call uses). A third compilation of the C
# ABI, so only in the unsanitized builds: the proof does not depend on the build (scripts/test.sh
# runs it in stage 1).
if(NOT LDE_SANITIZE AND NOT LDE_SANITIZE_THREAD)
  file(READ ${PROJECT_SOURCE_DIR}/bindings/c/include/lde/lde.h _header)
  # Re-configure when lde.h changes, so that the broken copy follows it in incremental builds.
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/bindings/c/include/lde/lde.h)
  string(REPLACE "  int32_t day;    ///< Day of the month" "  int64_t day;    ///< Day of the month" _broken "${_header}")
  if(_broken STREQUAL _header)
    message(FATAL_ERROR "tests/c/tests.cmake: could not break lde_date in the copy of lde.h")
  endif()
  set(_broken_dir ${PROJECT_BINARY_DIR}/abi-broken/include)
  file(WRITE ${_broken_dir}/lde/lde.h.tmp "${_broken}")
  configure_file(${_broken_dir}/lde/lde.h.tmp ${_broken_dir}/lde/lde.h COPYONLY)
  # Same file name and SONAME as the real library, so that the struct change is the only difference.
  lde_c_library(lde_c_abi_broken ${_broken_dir} lde_c)
  set_target_properties(lde_c_abi_broken PROPERTIES LIBRARY_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/abi-broken/lib)
  add_test(NAME capi_abi_check_detects_break
    COMMAND ${Python3_EXECUTABLE} ${LDE_C_DIR}/abi_check.py expect-break ${LDE_C_BASELINE}
            $<TARGET_FILE:lde_c_abi_broken> ${_broken_dir}/lde ${LDE_C_SUPPRESSIONS} lde_date)
endif()

# 7. The constants: every enumeration value and macro constant of lde.h, as
# compiled, against the committed table (abidiff cannot see them: the enums
# are int32_t typedefs and macros are not in DWARF). Additions pass; a
# renumbered or removed value fails, which two broken copies of the header prove.
set(LDE_C_CONSTANTS ${PROJECT_SOURCE_DIR}/bindings/c/abi/constants.txt)
if(NOT EXISTS ${LDE_C_CONSTANTS})
  message(FATAL_ERROR "The constants table ${LDE_C_CONSTANTS} is missing")
endif()
# lde_c_constants_program(<target> <include dir>): a C program printing the constants of <include dir>/lde/lde.h.
function(lde_c_constants_program target include_dir)
  set(_src ${PROJECT_BINARY_DIR}/abi-constants/${target}.c)
  add_custom_command(OUTPUT ${_src}
    COMMAND ${Python3_EXECUTABLE} ${LDE_C_DIR}/abi_constants.py gen-c ${include_dir}/lde/lde.h ${_src}
    DEPENDS ${include_dir}/lde/lde.h ${LDE_C_DIR}/abi_constants.py
    COMMENT "Listing the constants of ${include_dir}/lde/lde.h")
  add_executable(${target} ${_src})
  target_include_directories(${target} PRIVATE ${include_dir})
  set_target_properties(${target} PROPERTIES C_STANDARD 99 C_STANDARD_REQUIRED ON C_EXTENSIONS OFF)
endfunction()
lde_c_constants_program(lde_c_constants ${PROJECT_SOURCE_DIR}/bindings/c/include)
add_test(NAME capi_abi_constants
  COMMAND ${Python3_EXECUTABLE} ${LDE_C_DIR}/abi_constants.py check ${LDE_C_CONSTANTS} $<TARGET_FILE:lde_c_constants>)
add_custom_target(lde_c_constants_baseline
  COMMAND ${Python3_EXECUTABLE} ${LDE_C_DIR}/abi_constants.py write ${LDE_C_CONSTANTS} $<TARGET_FILE:lde_c_constants>
  DEPENDS lde_c_constants
  COMMENT "Writing the constants table bindings/c/abi/constants.txt")
if(TARGET lde_c_abi_baseline)
  add_dependencies(lde_c_abi_baseline lde_c_constants_baseline)
endif()

# Broken copies: LDE_STATUS_CONFLICT renumbered, LDE_RIGHT_MAATWERK removed.
foreach(_case renumbered removed)
  if(_case STREQUAL "renumbered")
    set(_from "LDE_STATUS_CONFLICT = 4,")
    set(_to "LDE_STATUS_CONFLICT = 40,")
    set(_name LDE_STATUS_CONFLICT)
  else()
    set(_from "  LDE_RIGHT_MAATWERK = 2,  ///< Right on custom work (\"maatwerk\").\n")
    set(_to "")
    set(_name LDE_RIGHT_MAATWERK)
  endif()
  string(REPLACE "${_from}" "${_to}" _broken "${_header}")
  if(_broken STREQUAL _header)
    message(FATAL_ERROR "tests/c/tests.cmake: could not change ${_name} in the copy of lde.h")
  endif()
  set(_dir ${PROJECT_BINARY_DIR}/abi-constants-${_case}/include)
  file(WRITE ${_dir}/lde/lde.h.tmp "${_broken}")
  configure_file(${_dir}/lde/lde.h.tmp ${_dir}/lde/lde.h COPYONLY)
  lde_c_constants_program(lde_c_constants_${_case} ${_dir})
  add_test(NAME capi_abi_constants_detects_${_case}
    COMMAND ${Python3_EXECUTABLE} ${LDE_C_DIR}/abi_constants.py expect-break ${LDE_C_CONSTANTS}
            $<TARGET_FILE:lde_c_constants_${_case}> ${_name})
endforeach()
