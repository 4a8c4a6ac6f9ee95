# Every command of the README's tour runs on the samples in under 2 s (30 s
# under the sanitizers) and prints nothing wider than 120 columns.
if(NEWSGRAPH_SANITIZE)
  set(ng_tour_seconds 30)
else()
  set(ng_tour_seconds 2)
endif()
add_test(NAME readme_tour
         COMMAND python3 ${PROJECT_SOURCE_DIR}/tests/scripts/readme_tour.py
                 $<TARGET_FILE:newsgraph> ${PROJECT_SOURCE_DIR} ${CMAKE_CURRENT_BINARY_DIR}/readme_tour_work
                 ${ng_tour_seconds})
# Timed: alone, so that a TCK run or an ingest test beside it on a 2-core
# machine does not make a 0.6 s command take over 2 s (it did once, 25 s in all).
set_tests_properties(readme_tour PROPERTIES RUN_SERIAL TRUE)
