# The README's diagrams fit a page, as committed and as drawn again from the
# samples by scripts/diagrams (issue 20: "readable as printed").
add_test(NAME readme_diagrams
         COMMAND python3 ${PROJECT_SOURCE_DIR}/tests/scripts/readme_diagrams.py
                 $<TARGET_FILE:newsgraph> ${PROJECT_SOURCE_DIR} ${CMAKE_CURRENT_BINARY_DIR}/readme_diagrams_work)
