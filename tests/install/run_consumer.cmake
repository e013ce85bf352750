# Script run by the install_consumer test (see tests.cmake).
file(REMOVE_RECURSE ${WORK_DIR})
set(prefix ${WORK_DIR}/prefix)

function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "command failed (${rc}): ${ARGN}\n${out}\n${err}")
  endif()
  set(last_output "${out}" PARENT_SCOPE)
endfunction()

run(${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${prefix})
foreach(doc sources.md readings.md)
  if(NOT EXISTS ${prefix}/share/doc/lde/${doc})
    message(FATAL_ERROR "the installed tree has no share/doc/lde/${doc}: traces cite what it defines")
  endif()
endforeach()

set(flags "")
if(SANITIZE)
  set(flags "-fsanitize=address,undefined")
endif()

# 1. CMake package: find_package(lde CONFIG REQUIRED) + lde::lde
run(${CMAKE_COMMAND} -S ${SOURCE_DIR} -B ${WORK_DIR}/cmake-build -DCMAKE_PREFIX_PATH=${prefix}
    -DCMAKE_CXX_COMPILER=${CXX_COMPILER} "-DCMAKE_CXX_FLAGS=${flags}" "-DCMAKE_EXE_LINKER_FLAGS=${flags}")
run(${CMAKE_COMMAND} --build ${WORK_DIR}/cmake-build)
run(${WORK_DIR}/cmake-build/consumer)
if(NOT last_output MATCHES "last day 2025-01-31")
  message(FATAL_ERROR "unexpected consumer output: ${last_output}")
endif()

# 2. pkg-config
find_program(PKG_CONFIG pkg-config REQUIRED)
execute_process(COMMAND ${CMAKE_COMMAND} -E env PKG_CONFIG_PATH=${prefix}/lib/pkgconfig:${prefix}/lib64/pkgconfig
                ${PKG_CONFIG} --cflags --libs lde
                OUTPUT_VARIABLE pc_flags OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "pkg-config does not find lde under ${prefix}")
endif()
separate_arguments(pc_list UNIX_COMMAND "${pc_flags}")
separate_arguments(flag_list UNIX_COMMAND "${flags}")
run(${CXX_COMPILER} ${flag_list} ${SOURCE_DIR}/main.cpp ${pc_list} -o ${WORK_DIR}/consumer-pc)
run(${WORK_DIR}/consumer-pc)
if(NOT last_output MATCHES "last day 2025-01-31")
  message(FATAL_ERROR "unexpected pkg-config consumer output: ${last_output}")
endif()

# 3. The C ABI from C99 (-Wall -Wextra -pedantic -Werror), as docs/c-api.md "Using the installed library" shows.
if(WITH_C_API)
  set(c_flags -std=c99 -Wall -Wextra -pedantic -Werror)
  # 3a. pkg-config: C-only flags (no -std=c++20, no C++ library).
  execute_process(COMMAND ${CMAKE_COMMAND} -E env PKG_CONFIG_PATH=${prefix}/lib/pkgconfig:${prefix}/lib64/pkgconfig
                  ${PKG_CONFIG} --cflags --libs lde_c
                  OUTPUT_VARIABLE pc_c_flags OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "pkg-config does not find lde_c under ${prefix}")
  endif()
  if(pc_c_flags MATCHES "c\\+\\+|-llde( |$)")
    message(FATAL_ERROR "pkg-config --cflags --libs lde_c gives C++ flags: ${pc_c_flags}")
  endif()
  separate_arguments(pc_c_list UNIX_COMMAND "${pc_c_flags}")
  run(${C_COMPILER} ${c_flags} ${flag_list} ${C_SOURCE_DIR}/main.c ${pc_c_list} -o ${WORK_DIR}/consumer-c-pc)
  file(GLOB libdirs ${prefix}/lib ${prefix}/lib64)
  string(REPLACE ";" ":" ld_path "${libdirs}")
  run(${CMAKE_COMMAND} -E env LD_LIBRARY_PATH=${ld_path} ${WORK_DIR}/consumer-c-pc)
  if(NOT last_output MATCHES "trajectory last day 2025-01-31")
    message(FATAL_ERROR "unexpected C pkg-config consumer output: ${last_output}")
  endif()
  # 3b. CMake: find_package(lde CONFIG REQUIRED) + lde::lde_c in a C-only project.
  run(${CMAKE_COMMAND} -S ${C_SOURCE_DIR} -B ${WORK_DIR}/cmake-build-c -DCMAKE_PREFIX_PATH=${prefix}
      -DCMAKE_C_COMPILER=${C_COMPILER} "-DCMAKE_C_FLAGS=${flags}" "-DCMAKE_EXE_LINKER_FLAGS=${flags}")
  run(${CMAKE_COMMAND} --build ${WORK_DIR}/cmake-build-c)
  run(${WORK_DIR}/cmake-build-c/consumer_c)
  if(NOT last_output MATCHES "trajectory last day 2025-01-31")
    message(FATAL_ERROR "unexpected C CMake consumer output: ${last_output}")
  endif()
endif()
message(STATUS "install consumer OK")
