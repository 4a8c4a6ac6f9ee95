# Dates of the ingested samples queried by range and sorted (issue #19).
add_test(NAME sample_dates_by_range
         COMMAND python3 ${PROJECT_SOURCE_DIR}/tests/scripts/sample_dates.py
                 $<TARGET_FILE:newsgraph> ${PROJECT_SOURCE_DIR}
                 ${CMAKE_CURRENT_BINARY_DIR}/sample_dates_work)
