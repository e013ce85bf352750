# Installs the library into a scratch prefix and builds a tiny consumer against it,
# once with find_package(lde CONFIG) and once with pkg-config.
set(LDE_INSTALL_TEST_DIR ${PROJECT_BINARY_DIR}/install-test)
add_test(NAME install_consumer
  COMMAND ${CMAKE_COMMAND}
    -DBUILD_DIR=${PROJECT_BINARY_DIR}
    -DSOURCE_DIR=${CMAKE_CURRENT_LIST_DIR}/consumer
    -DWORK_DIR=${LDE_INSTALL_TEST_DIR}
    -DCXX_COMPILER=${CMAKE_CXX_COMPILER}
    -DSANITIZE=${LDE_SANITIZE}
    -P ${CMAKE_CURRENT_LIST_DIR}/run_consumer.cmake)
set_tests_properties(install_consumer PROPERTIES TIMEOUT 600)
