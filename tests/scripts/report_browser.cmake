# `newsgraph report` in headless Chromium (scripts/install-deps installs it);
# skipped with a message where none is installed.
add_test(NAME report_in_browser
         COMMAND python3 ${PROJECT_SOURCE_DIR}/tests/scripts/report_browser.py
                 $<TARGET_FILE:newsgraph> ${PROJECT_SOURCE_DIR}
                 ${CMAKE_CURRENT_BINARY_DIR}/report_browser_work)
set_tests_properties(report_in_browser PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 600)
