# Builds one probe target and passes only if the compiler stopped because HEADER was not found.
execute_process(COMMAND ${CMAKE_COMMAND} --build ${BUILD} --target ${TARGET}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(rc EQUAL 0)
  message(FATAL_ERROR "${TARGET}: '#include \"${HEADER}\"' compiled: the folder can see a header it must not")
endif()
string(FIND "${out}" "${HEADER}: No such file or directory" at)
if(at EQUAL -1)
  message(FATAL_ERROR "${TARGET} failed for another reason than an unreachable ${HEADER}:\n${out}")
endif()
message(STATUS "${TARGET}: ${HEADER} is out of reach, as it should be")
