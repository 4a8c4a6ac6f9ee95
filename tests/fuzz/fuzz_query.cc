// libFuzzer target: the query lexer, parser and binder on arbitrary text.
// A clean refusal is ng::Error (a syntax or semantic message); anything
// else — another exception, a crash, a hang, a sanitizer report — is a bug.
// Inputs that showed bugs are kept in tests/fuzz/crashes/ (see README.md).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "graph/error.h"
#include "query/binder.h"
#include "query/parser.h"

namespace {

bool IsHex(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// With NG_FUZZ_SKIP_KNOWN_BUGS=1 in the environment, inputs that reach the
// bugs listed in tests/fuzz/README.md (not yet fixed in query/) are skipped,
// so that a long run looks past them: "\u"/"\U" escapes with non-hex digits
// and hexadecimal or octal integer literals. CI runs without it.
bool HitsKnownBug(const std::string& t) {
  for (size_t i = 0; i + 1 < t.size(); ++i) {
    if (t[i] == '0' && (t[i + 1] == 'o' || t[i + 1] == 'x' || t[i + 1] == 'X')) return true;
    if (t[i] != '\\') continue;
    const char e = t[i + 1];
    if (e == 'u' || e == 'U') {
      const size_t n = e == 'u' ? 4 : 8;
      for (size_t k = 0; k < n; ++k)
        if (i + 2 + k >= t.size() || !IsHex(t[i + 2 + k])) return true;
    }
    ++i;  // the escaped character
  }
  return false;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const bool skip_known = std::getenv("NG_FUZZ_SKIP_KNOWN_BUGS") != nullptr;
  const std::string text(reinterpret_cast<const char*>(data), size);
  if (skip_known && HitsKnownBug(text)) return 0;
  try {
    ng::query::Statement statement = ng::query::Parse(text);
    ng::query::Bind(statement);
  } catch (const ng::Error& e) {
    // The CLI prints the message to the user: it must say something.
    if (std::string(e.what()).empty()) __builtin_trap();
  }
  return 0;
}
