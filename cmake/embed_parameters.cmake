# Turns data/parameters/default.json into a C++ source file that the library compiles in.
# Usage: cmake -DINPUT=... -DOUTPUT=... -P embed_parameters.cmake
file(READ "${INPUT}" content)
string(LENGTH "${content}" length)
# Split into chunks: some compilers limit the length of one string literal.
set(chunks "")
set(offset 0)
while(offset LESS length)
  string(SUBSTRING "${content}" ${offset} 8000 chunk)
  string(APPEND chunks "    R\"lde_json(${chunk})lde_json\"\n")
  math(EXPR offset "${offset} + 8000")
endwhile()
file(WRITE "${OUTPUT}" "// Generated from data/parameters/default.json by cmake/embed_parameters.cmake. Do not edit.\n#include <string_view>\nnamespace lde::detail {\nextern const std::string_view kEmbeddedDefaultParameters;\nconst std::string_view kEmbeddedDefaultParameters =\n${chunks};\n}  // namespace lde::detail\n")
