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
