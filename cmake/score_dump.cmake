# For the scoring tests (tests/scripts/score.cmake, events_score.cmake), in
# script mode: ingest ARTICLES into a fresh database under WORK, export it as
# JSONL, run SCORER on the dump and GOLD with --json, and set `out_var` to the
# one-line JSON it prints. Any failure stops the test with its message.
function(ng_score_dump ng python scorer gold articles work out_var)
  file(REMOVE_RECURSE ${work})
  file(MAKE_DIRECTORY ${work})
  execute_process(COMMAND ${ng} --db ${work}/db ingest --no-progress ${articles} RESULT_VARIABLE rc
                  OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "ingest failed (${rc}): ${out}${err}")
  endif()
  execute_process(COMMAND ${ng} --db ${work}/db export --format jsonl -o ${work}/dump.jsonl
                  RESULT_VARIABLE rc ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "export failed (${rc}): ${err}")
  endif()
  execute_process(COMMAND ${python} ${scorer} ${work}/dump.jsonl ${gold} --json RESULT_VARIABLE rc
                  OUTPUT_VARIABLE score ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${scorer} failed (${rc}): ${err}")
  endif()
  message(STATUS "${score}")
  # The --json line is the first line of the output.
  string(REGEX MATCH "{[^\n]*}" json "${score}")
  set(${out_var} "${json}" PARENT_SCOPE)
endfunction()
