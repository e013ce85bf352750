# The pkg-config file's directory variables, relocatable.
#
# lde.pc is installed in <libdir>/pkgconfig and finds the prefix from its own
# location (${pcfiledir}). How many levels to climb depends on libdir:
# lib -> ../.., lib/x86_64-linux-gnu (Debian multiarch) -> ../../.., so the
# relative path is computed here instead of being written into the template.
# An absolute libdir or includedir is used as it is.

# Sets LDE_PC_PREFIX, LDE_PC_LIBDIR and LDE_PC_INCLUDEDIR in the caller's scope
# for the given install directories (relative to the prefix, or absolute).
function(lde_pkgconfig_dirs libdir includedir)
  if(IS_ABSOLUTE "${libdir}")
    # The .pc file cannot locate the prefix from an absolute libdir: use the configured one.
    set(prefix "${CMAKE_INSTALL_PREFIX}")
    set(pc_libdir "${libdir}")
  else()
    # Any absolute stand-in for the prefix gives the same relative path.
    file(RELATIVE_PATH up "/lde-prefix/${libdir}/pkgconfig" "/lde-prefix")
    string(REGEX REPLACE "/$" "" up "${up}")
    set(prefix "\${pcfiledir}/${up}")
    set(pc_libdir "\${prefix}/${libdir}")
  endif()
  if(IS_ABSOLUTE "${includedir}")
    set(pc_includedir "${includedir}")
  else()
    set(pc_includedir "\${prefix}/${includedir}")
  endif()
  set(LDE_PC_PREFIX "${prefix}" PARENT_SCOPE)
  set(LDE_PC_LIBDIR "${pc_libdir}" PARENT_SCOPE)
  set(LDE_PC_INCLUDEDIR "${pc_includedir}" PARENT_SCOPE)
endfunction()
