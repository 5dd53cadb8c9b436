# Passes when a command fails as an author should see it fail: exit code EXIT_CODE (not a crash, a
# signal or a sanitizer's report) and, as its whole output, the text MESSAGE matches (a regular
# expression). ctest's will-fail property passes on any failure, a crash included, and PASS_REGULAR_EXPRESSION
# ignores the exit code.
#   cmake -DEXIT_CODE=1 -DMESSAGE=REGEX -P fails_with.cmake COMMAND [ARGS...]
# The command comes after the script, one argument each; none may hold ';', which CMake's lists split.
set(command)
math(EXPR last "${CMAKE_ARGC} - 1")
foreach(i RANGE 0 ${last})
  if(found_script)
    list(APPEND command "${CMAKE_ARGV${i}}")
  elseif(CMAKE_ARGV${i} STREQUAL "-P")
    math(EXPR script "${i} + 1")
  elseif(DEFINED script AND i EQUAL script)
    set(found_script TRUE)
  endif()
endforeach()
if(NOT command OR NOT DEFINED EXIT_CODE OR NOT DEFINED MESSAGE)
  message(FATAL_ERROR "usage: cmake -DEXIT_CODE=N -DMESSAGE=REGEX -P fails_with.cmake COMMAND [ARGS...]")
endif()
execute_process(COMMAND ${command} RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
message("${output}")
# A signal comes back as a sentence ("Child aborted"), not a number.
if(NOT result STREQUAL EXIT_CODE)
  message(FATAL_ERROR "exit code ${result}, not ${EXIT_CODE}")
endif()
if(NOT output MATCHES "^${MESSAGE}\n$")
  message(FATAL_ERROR "the output is not only the expected message: ${MESSAGE}")
endif()
