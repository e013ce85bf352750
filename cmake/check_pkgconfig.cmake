# Test script (cmake -P): the pkg-config prefix climbs exactly out of
# <libdir>/pkgconfig for every usual libdir, including Debian's multiarch
# lib/x86_64-linux-gnu, and the generated lde.pc (-DPC_FILE=...) uses it.
include(${CMAKE_CURRENT_LIST_DIR}/lde_pkgconfig.cmake)

foreach(libdir lib lib64 lib/x86_64-linux-gnu lib/aarch64-linux-gnu)
  lde_pkgconfig_dirs("${libdir}" include)
  # Resolve ${pcfiledir} for an install under /opt/x.
  string(REPLACE "\${pcfiledir}" "/opt/x/${libdir}/pkgconfig" resolved "${LDE_PC_PREFIX}")
  get_filename_component(resolved "${resolved}" ABSOLUTE)
  if(NOT resolved STREQUAL "/opt/x")
    message(FATAL_ERROR "libdir ${libdir}: prefix ${LDE_PC_PREFIX} resolves to ${resolved}, not /opt/x")
  endif()
  if(NOT LDE_PC_LIBDIR STREQUAL "\${prefix}/${libdir}" OR NOT LDE_PC_INCLUDEDIR STREQUAL "\${prefix}/include")
    message(FATAL_ERROR "libdir ${libdir}: libdir=${LDE_PC_LIBDIR} includedir=${LDE_PC_INCLUDEDIR}")
  endif()
endforeach()

set(CMAKE_INSTALL_PREFIX /usr)
lde_pkgconfig_dirs(/usr/lib/custom /usr/include/custom)
if(NOT LDE_PC_PREFIX STREQUAL "/usr" OR NOT LDE_PC_LIBDIR STREQUAL "/usr/lib/custom"
   OR NOT LDE_PC_INCLUDEDIR STREQUAL "/usr/include/custom")
  message(FATAL_ERROR "absolute dirs: ${LDE_PC_PREFIX} ${LDE_PC_LIBDIR} ${LDE_PC_INCLUDEDIR}")
endif()

if(DEFINED PC_FILE)
  file(STRINGS "${PC_FILE}" lines)
  set(expected "prefix=${EXPECTED_PREFIX}")
  list(FIND lines "${expected}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "${PC_FILE} has no line \"${expected}\":\n${lines}")
  endif()
endif()
message(STATUS "pkg-config prefix: ok")
