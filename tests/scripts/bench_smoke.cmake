# The benchmark harness at scale S (a few seconds), so it never rots: builds
# nothing new, generates, loads, times newsgraph, the CSR floor and SQLite, and
# fails if any of them errs or their result counts disagree.
add_test(NAME bench_smoke_scale_s
         COMMAND ${CMAKE_COMMAND} -E env BUILD=${CMAKE_BINARY_DIR} NG_BENCH_NO_KUZU=1
                 ${PROJECT_SOURCE_DIR}/bench/run --scale S --peers
                 --out ${CMAKE_CURRENT_BINARY_DIR}/bench_smoke)
set_tests_properties(bench_smoke_scale_s PROPERTIES
  TIMEOUT 300 FAIL_REGULAR_EXPRESSION "PEERS DISAGREE" PASS_REGULAR_EXPRESSION "every peer agrees")
