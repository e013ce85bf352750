# Citations a reader can resolve: every reading number and source tag cited in code,
# rule constants, traces, parameter files, cases and docs is defined in docs/readings.md
# and docs/sources.md (tests/docs/check_citations.py).
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  add_test(NAME readings_defined COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/check_citations.py ${PROJECT_SOURCE_DIR})
endif()

# The column tables of docs/population.md come from the one column schema (schema.hpp) through
# the extension: tests/docs/population_columns.py regenerates them with --write.
if(Python3_Interpreter_FOUND AND TARGET _lde AND NOT LDE_SANITIZE)
  add_test(NAME population_columns_doc COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/population_columns.py)
  set_tests_properties(population_columns_doc PROPERTIES
    ENVIRONMENT "PYTHONPATH=${PROJECT_BINARY_DIR}/bindings/python/pkg")
endif()
