# `newsgraph said --about 'United States'` on samples/ against the gold.
if(EXISTS ${PROJECT_SOURCE_DIR}/../shared/eval/gold/seeds.json)
  add_test(NAME said_about_united_states_gold
           COMMAND python3 ${PROJECT_SOURCE_DIR}/tests/scripts/said_gold.py
                   $<TARGET_FILE:newsgraph> ${PROJECT_SOURCE_DIR}
                   ${PROJECT_SOURCE_DIR}/../shared/eval/gold/seeds.json
                   ${CMAKE_CURRENT_BINARY_DIR}/said_gold_work)
endif()
