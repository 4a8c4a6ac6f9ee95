# End to end: ingest samples/, export JSONL, score against the gold with
# /work/shared/eval/score.py and fail below the thresholds of issue 3.
# Included from tests/CMakeLists.txt it declares the test; run with -P it is
# the test (a fresh database in the build tree, removed first).
if(NOT CMAKE_SCRIPT_MODE_FILE)
  find_package(Python3 COMPONENTS Interpreter)
  set(_ng_scorer ${PROJECT_SOURCE_DIR}/../shared/eval/score.py)
  if(Python3_FOUND AND EXISTS ${_ng_scorer})
    add_test(NAME ingest_samples_score
             COMMAND ${CMAKE_COMMAND} -DNG=$<TARGET_FILE:newsgraph> -DPY=${Python3_EXECUTABLE}
                     -DSCORER=${_ng_scorer} -DGOLD=${PROJECT_SOURCE_DIR}/../shared/eval/gold/seeds.json
                     -DSAMPLES=${PROJECT_SOURCE_DIR}/samples -DWORK=${CMAKE_CURRENT_BINARY_DIR}/score_work
                     -P ${CMAKE_CURRENT_LIST_FILE})
    set_tests_properties(ingest_samples_score PROPERTIES TIMEOUT 120)
  endif()
  return()
endif()

include(${CMAKE_CURRENT_LIST_DIR}/../../cmake/score_dump.cmake)
ng_score_dump(${NG} ${PY} ${SCORER} ${GOLD} ${SAMPLES} ${WORK} json)
string(JSON stmt_f1 GET "${json}" statements f1)
string(JSON quotes_r GET "${json}" quotes r)
string(JSON actors_f1 GET "${json}" actors f1)
string(JSON indirect_r GET "${json}" indirect_recall)
string(JSON about_j GET "${json}" about_jaccard)
string(JSON duplicates GET "${json}" duplicates)
set(failures "")
foreach(check "stmt_f1;0.85" "quotes_r;0.95" "actors_f1;0.80" "indirect_r;0.5" "about_j;0.5")
  list(GET check 0 name)
  list(GET check 1 min)
  if(${name} LESS ${min})
    string(APPEND failures " ${name}=${${name}} < ${min};")
  endif()
endforeach()
if(NOT duplicates EQUAL 0)
  string(APPEND failures " duplicates=${duplicates};")
endif()
if(failures)
  message(FATAL_ERROR "score below thresholds:${failures}")
endif()
