# Writes the man page siofill(1): docs/man/siofill.1.in with its COMMANDES
# section made from the built program's own --help, so that the page lists
# exactly the commands and options the program has.
# cmake -DSIOFILL=path/to/siofill -DTEMPLATE=docs/man/siofill.1.in -DOUTPUT=siofill.1
#       -DVERSION=0.1.0 -P make_manpage.cmake
cmake_minimum_required(VERSION 3.25)

# roff: a leading dot or quote would be a request; "-" must be "\-" to stay a
# hyphen-minus (options are copied from the page).
function(roff_escape text out)
  string(REPLACE "\\" "\\e" text "${text}")
  string(REPLACE "-" "\\-" text "${text}")
  if(text MATCHES "^[.']")
    set(text "\\&${text}")
  endif()
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

function(run_help out)
  execute_process(COMMAND "${SIOFILL}" ${ARGN} --help
    OUTPUT_VARIABLE help RESULT_VARIABLE rc ENCODING UTF-8)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "« siofill ${ARGN} --help » a échoué (code ${rc})")
  endif()
  set(${out} "${help}" PARENT_SCOPE)
endfunction()

# The lines of one help section ("Options:", "Arguments:", "Commandes:"),
# each as "NAME<TAB>DESCRIPTION". CLI11 indents entries by two spaces and puts
# two or more spaces between name and description.
function(help_entries help section out)
  # CMake lists are ";"-separated: semicolons of the text travel as a marker.
  string(REPLACE ";" "@SEMICOLON@" help "${help}")
  string(REPLACE "\n" ";" lines "${help}")
  set(inside FALSE)
  set(entries "")
  foreach(line IN LISTS lines)
    if(line MATCHES "^[^ ].*:$")
      if(line STREQUAL "${section}:")
        set(inside TRUE)
      else()
        set(inside FALSE)
      endif()
    elseif(inside AND line MATCHES "^  ([^ ]([^ ]| [^ ])*)(  +(.*))?$")
      set(name "${CMAKE_MATCH_1}")
      set(description "${CMAKE_MATCH_4}")
      # A name as wide as CLI11's column gets a single space before its text.
      if(description STREQUAL "" AND name MATCHES "^(.* OBLIGATOIRE) (.*)$")
        set(name "${CMAKE_MATCH_1}")
        set(description "${CMAKE_MATCH_2}")
      endif()
      list(APPEND entries "${name}\t${description}")
    elseif(inside AND line MATCHES "^   +([^ ].*)$" AND entries)
      # A description continued on the next line.
      list(POP_BACK entries last)
      list(APPEND entries "${last} ${CMAKE_MATCH_1}")
    endif()
  endforeach()
  set(${out} "${entries}" PARENT_SCOPE)
endfunction()

# An entry of help_entries back into its name and its description.
function(split_entry entry name_out description_out)
  string(FIND "${entry}" "\t" tab)
  string(SUBSTRING "${entry}" 0 ${tab} name)
  math(EXPR start "${tab} + 1")
  string(SUBSTRING "${entry}" ${start} -1 description)
  set(${name_out} "${name}" PARENT_SCOPE)
  set(${description_out} "${description}" PARENT_SCOPE)
endfunction()

function(entries_to_roff entries out)
  set(roff "")
  foreach(entry IN LISTS entries)
    split_entry("${entry}" name description)
    roff_escape("${name}" name)
    roff_escape("${description}" description)
    string(REPLACE "@SEMICOLON@" ";" description "${description}")
    string(APPEND roff ".TP\n.B ${name}\n${description}\n")
  endforeach()
  set(${out} "${roff}" PARENT_SCOPE)
endfunction()

run_help(main_help)
help_entries("${main_help}" "Commandes" commands)
if(NOT commands)
  message(FATAL_ERROR "aucune commande trouvée dans « siofill --help »")
endif()
help_entries("${main_help}" "Options" global_options)
entries_to_roff("${global_options}" roff)
set(section ".SS Options générales\n${roff}")
foreach(entry IN LISTS commands)
  split_entry("${entry}" command summary)
  run_help(command_help ${command})
  string(REGEX MATCH "Utilisation: [^\n]*" usage "${command_help}")
  string(REPLACE "Utilisation: " "" usage "${usage}")
  roff_escape("${usage}" usage)
  roff_escape("${summary}" summary)
  string(REPLACE "@SEMICOLON@" ";" summary "${summary}")
  string(APPEND section ".SS siofill ${command}\n${summary}\n.PP\n.B ${usage}\n")
  help_entries("${command_help}" "Arguments" positionals)
  help_entries("${command_help}" "Options" options)
  entries_to_roff("${positionals};${options}" roff)
  string(APPEND section "${roff}")
endforeach()

file(READ "${TEMPLATE}" page)
string(TIMESTAMP date "%Y-%m-%d" UTC)  # SOURCE_DATE_EPOCH when set: a reproducible page
string(REPLACE "@COMMANDS@\n" "${section}" page "${page}")
string(REPLACE "@VERSION@" "${VERSION}" page "${page}")
string(REPLACE "@DATE@" "${date}" page "${page}")
file(WRITE "${OUTPUT}.tmp" "${page}")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
