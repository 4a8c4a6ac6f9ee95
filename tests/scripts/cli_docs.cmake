# The man page and the bash and zsh completions the build writes from
# `newsgraph --help` (scripts/cli-docs): current, complete, installed, and
# completing (tests/scripts/cli_docs.py).
add_test(NAME cli_docs_man_page_and_completions
         COMMAND python3 ${PROJECT_SOURCE_DIR}/tests/scripts/cli_docs.py
                 $<TARGET_FILE:newsgraph> ${PROJECT_SOURCE_DIR} ${PROJECT_BINARY_DIR}
                 ${CMAKE_CURRENT_BINARY_DIR}/cli_docs_work)
