# Fails when a translation is unfinished or empty, or when lupdate would change a .ts file
# (a string added to the program and not to the translations).
#   cmake -DLUPDATE=... -DGENERATOR=... -DPROJECT=... -DTS_DIR=... -DWORK=... -P check_translations.cmake
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
file(GLOB ts_files "${TS_DIR}/*.ts")
if(NOT ts_files)
    message(FATAL_ERROR "no .ts files in ${TS_DIR}")
endif()

set(problems "")
set(copies "")
foreach(ts IN LISTS ts_files)
    get_filename_component(name "${ts}" NAME)
    file(READ "${ts}" content)
    string(REGEX MATCHALL "type=\"(unfinished|vanished|obsolete)\"" unfinished "${content}")
    list(LENGTH unfinished count)
    if(count GREATER 0)
        string(APPEND problems "${name}: ${count} unfinished or obsolete entries\n")
    endif()
    string(REGEX MATCHALL "<translation></translation>|<numerusform></numerusform>" empty "${content}")
    list(LENGTH empty count)
    if(count GREATER 0)
        string(APPEND problems "${name}: ${count} empty translations\n")
    endif()
    configure_file("${ts}" "${WORK}/${name}" COPYONLY)
    list(APPEND copies "${WORK}/${name}")
endforeach()

execute_process(COMMAND "${CMAKE_COMMAND}" -DIN_FILE=${PROJECT} -DOUT_FILE=${WORK}/project.json
                        -P "${GENERATOR}" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cannot generate the lupdate project")
endif()
execute_process(COMMAND "${LUPDATE}" -project "${WORK}/project.json" -no-obsolete -locations none
                        -ts ${copies}
                RESULT_VARIABLE result OUTPUT_QUIET)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed")
endif()
foreach(ts IN LISTS ts_files)
    get_filename_component(name "${ts}" NAME)
    execute_process(COMMAND "${CMAKE_COMMAND}" -E compare_files "${ts}" "${WORK}/${name}"
                    RESULT_VARIABLE different)
    if(different)
        string(APPEND problems "${name}: out of date; run 'cmake --build <build> --target update_translations' and translate the new strings\n")
    endif()
endforeach()

if(problems)
    message(FATAL_ERROR "translations are incomplete:\n${problems}")
endif()
message(STATUS "translations complete and up to date: ${ts_files}")
