# `export --format csv` loaded into Kùzu and twenty questions asked of both
# (tests/scripts/kuzu_roundtrip.sh); skipped where node or Kùzu is missing.
add_test(NAME export_csv_in_kuzu
         COMMAND sh ${PROJECT_SOURCE_DIR}/tests/scripts/kuzu_roundtrip.sh
                 $<TARGET_FILE:newsgraph> ${PROJECT_SOURCE_DIR}
                 ${CMAKE_CURRENT_BINARY_DIR}/kuzu_roundtrip_work)
set_tests_properties(export_csv_in_kuzu PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 900)
