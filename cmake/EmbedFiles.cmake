# siofill_embed(target file...) builds a static library that holds each file's
# bytes, reachable at run time through siofill::embedded_file("relative/path").
# The generated source is rebuilt whenever one of the files changes.
function(siofill_embed target)
  set(generated "${CMAKE_CURRENT_BINARY_DIR}/${target}.cpp")
  set(inputs "")
  foreach(rel IN LISTS ARGN)
    list(APPEND inputs "${CMAKE_CURRENT_SOURCE_DIR}/${rel}")
  endforeach()
  add_custom_command(
    OUTPUT "${generated}"
    COMMAND ${CMAKE_COMMAND} -DOUTPUT=${generated} -DROOT=${CMAKE_CURRENT_SOURCE_DIR}
            "-DFILES=${ARGN}" -P "${CMAKE_CURRENT_SOURCE_DIR}/cmake/GenerateEmbedded.cmake"
    DEPENDS ${inputs} "${CMAKE_CURRENT_SOURCE_DIR}/cmake/GenerateEmbedded.cmake"
    COMMENT "Embedding data files into ${target}"
    VERBATIM)
  add_library(${target} STATIC "${generated}")
  target_include_directories(${target} PUBLIC "${CMAKE_CURRENT_SOURCE_DIR}/src")
endfunction()
