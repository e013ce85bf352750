# Citations a reader can resolve: every reading number and source tag cited in code,
# rule constants, traces, parameter files, cases and docs is defined in docs/readings.md
# and docs/sources.md (tests/docs/check_citations.py).
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  add_test(NAME readings_defined COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/check_citations.py ${PROJECT_SOURCE_DIR})
endif()
