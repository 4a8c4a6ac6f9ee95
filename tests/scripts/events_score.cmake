# End to end: ingest a folder of articles, export JSONL, score its events
# against hand-made gold with ../shared/eval/events/score_events.py, and fail
# below floors (the figures of docs/INGEST.md less a margin, so that a change
# that loses events, roles, dates or modes cannot land unseen).
# Included from tests/CMakeLists.txt it declares two tests: the samples and
# the articles written for these tests (tests/data/events/); run with -P it
# is one of them (a fresh database in the build tree, removed first).
if(NOT CMAKE_SCRIPT_MODE_FILE)
  find_package(Python3 COMPONENTS Interpreter)
  set(_ng_events_scorer ${PROJECT_SOURCE_DIR}/../shared/eval/events/score_events.py)
  if(Python3_FOUND AND EXISTS ${_ng_events_scorer})
    # name | articles | gold | floors (measure=minimum, ...)
    set(_ng_events_runs
        "events_score_samples|${PROJECT_SOURCE_DIR}/samples|${PROJECT_SOURCE_DIR}/../shared/eval/gold/events-seeds.json|f1=0.80,roles=0.84,members=0.93,date=0.80,mode=0.93,merge=0.70,location=0.70"
        "events_score_written|${PROJECT_SOURCE_DIR}/tests/data/events/articles|${PROJECT_SOURCE_DIR}/tests/data/events/gold.json|f1=0.85,roles=0.90,members=0.95,date=0.88,mode=0.93,merge=0.74,location=0.72")
    foreach(run IN LISTS _ng_events_runs)
      string(REPLACE "|" ";" fields "${run}")
      list(GET fields 0 name)
      list(GET fields 1 articles)
      list(GET fields 2 gold)
      list(GET fields 3 floors)
      if(EXISTS ${gold})
        add_test(NAME ${name}
                 COMMAND ${CMAKE_COMMAND} -DNG=$<TARGET_FILE:newsgraph> -DPY=${Python3_EXECUTABLE}
                         -DSCORER=${_ng_events_scorer} -DGOLD=${gold} -DARTICLES=${articles}
                         -DFLOORS=${floors} -DWORK=${CMAKE_CURRENT_BINARY_DIR}/${name}_work
                         -P ${CMAKE_CURRENT_LIST_FILE})
        set_tests_properties(${name} PROPERTIES TIMEOUT 120)
      endif()
    endforeach()
  endif()
  return()
endif()

cmake_policy(SET CMP0054 NEW)  # "f1" below is a word, not the variable
include(${CMAKE_CURRENT_LIST_DIR}/../../cmake/score_dump.cmake)
ng_score_dump(${NG} ${PY} ${SCORER} ${GOLD} ${ARTICLES} ${WORK} json)
string(JSON events_f1 GET "${json}" events f1)
string(JSON wrong_merges GET "${json}" wrong_merges)
set(failures "")
string(REPLACE "," ";" floors "${FLOORS}")
foreach(floor IN LISTS floors)
  string(REPLACE "=" ";" pair "${floor}")
  list(GET pair 0 measure)
  list(GET pair 1 minimum)
  if(measure STREQUAL "f1")
    set(value ${events_f1})
  else()
    string(JSON value GET "${json}" ${measure})
  endif()
  if(value LESS minimum)
    string(APPEND failures " ${measure}=${value} < ${minimum};")
  endif()
endforeach()
if(NOT wrong_merges EQUAL 0)
  string(APPEND failures " wrong_merges=${wrong_merges};")
endif()
if(failures)
  message(FATAL_ERROR "event scores below their floors:${failures}")
endif()
