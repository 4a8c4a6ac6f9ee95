# scripts/event-gold-ceiling on the written event gold: the dump a perfect
# extractor would write is found whole (every gold event matchable by the
# scorer: a gold event whose actors its own articles could not give fails
# here), and the script prints both node orders' summaries.
find_package(Python3 COMPONENTS Interpreter)
set(_ng_ceiling_scorer ${PROJECT_SOURCE_DIR}/../shared/eval/events/score_events.py)
if(Python3_FOUND AND EXISTS ${_ng_ceiling_scorer})
  add_test(NAME event_gold_ceiling_written
           COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/scripts/event-gold-ceiling
                   ${PROJECT_SOURCE_DIR}/tests/data/events/gold.json ${_ng_ceiling_scorer})
  set_tests_properties(event_gold_ceiling_written PROPERTIES
                       PASS_REGULAR_EXPRESSION "gold order   : events P=1.00 R=1.00 F1=1.00 [^\n]*merge=[^\n]*\nreverse order: events "
                       TIMEOUT 60)
endif()
