# Installs the library into a scratch prefix and builds tiny consumers against it: a C++
# program against lde::lde and a C99 program against the C ABI (lde::lde_c), each once with
# find_package(lde CONFIG) and once with pkg-config (lde.pc, lde_c.pc), and runs them.
set(LDE_INSTALL_TEST_DIR ${PROJECT_BINARY_DIR}/install-test)
add_test(NAME install_consumer
  COMMAND ${CMAKE_COMMAND}
    -DBUILD_DIR=${PROJECT_BINARY_DIR}
    -DSOURCE_DIR=${CMAKE_CURRENT_LIST_DIR}/consumer
    -DWORK_DIR=${LDE_INSTALL_TEST_DIR}
    -DCXX_COMPILER=${CMAKE_CXX_COMPILER}
    -DC_COMPILER=${CMAKE_C_COMPILER}
    -DC_SOURCE_DIR=${CMAKE_CURRENT_LIST_DIR}/consumer_c
    -DWITH_C_API=$<TARGET_EXISTS:lde_c>
    -DSANITIZE=${LDE_SANITIZE}
    -P ${CMAKE_CURRENT_LIST_DIR}/run_consumer.cmake)
set_tests_properties(install_consumer PROPERTIES TIMEOUT 600)
