#include "query/lexer.h"

#include <cctype>

#include "graph/error.h"

namespace ng::query {

namespace {

[[noreturn]] void Fail(const std::string& q, size_t at, const std::string& msg) {
  throw Error(ErrorKind::kSyntax, PositionMessage(q, at, msg));
}

bool IdentStart(unsigned char c) { return std::isalpha(c) || c == '_' || c >= 0x80; }
bool IdentPart(unsigned char c) { return std::isalnum(c) || c == '_' || c >= 0x80; }

void AppendUtf8(std::string* out, uint32_t cp) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

}  // namespace

std::string PositionMessage(const std::string& q, size_t offset, const std::string& message) {
  size_t line = 1, line_start = 0;
  for (size_t i = 0; i < offset && i < q.size(); ++i)
    if (q[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  size_t line_end = q.find('\n', line_start);
  if (line_end == std::string::npos) line_end = q.size();
  size_t column = offset - line_start + 1;
  return "line " + std::to_string(line) + ", column " + std::to_string(column) + ": " + message +
         "\n  " + q.substr(line_start, line_end - line_start) + "\n  " +
         std::string(offset - line_start, ' ') + "^";
}

std::vector<Token> Lex(const std::string& q) {
  std::vector<Token> out;
  size_t i = 0;
  while (i < q.size()) {
    unsigned char c = q[i];
    if (std::isspace(c)) {
      ++i;
      continue;
    }
    if (c == '/' && i + 1 < q.size() && q[i + 1] == '/') {
      while (i < q.size() && q[i] != '\n') ++i;
      continue;
    }
    if (c == '/' && i + 1 < q.size() && q[i + 1] == '*') {
      size_t e = q.find("*/", i + 2);
      if (e == std::string::npos) Fail(q, i, "unterminated comment");
      i = e + 2;
      continue;
    }
    Token t;
    t.offset = i;
    if (IdentStart(c)) {
      size_t b = i;
      while (i < q.size() && IdentPart(q[i])) ++i;
      t.kind = Tok::kIdent;
      t.text = q.substr(b, i - b);
    } else if (c == '`') {
      size_t e = q.find('`', i + 1);
      if (e == std::string::npos) Fail(q, i, "unterminated `quoted name`");
      t.kind = Tok::kQuoted;
      t.text = q.substr(i + 1, e - i - 1);
      i = e + 1;
    } else if (c == '\'' || c == '"') {
      char quote = c;
      ++i;
      std::string s;
      bool closed = false;
      while (i < q.size()) {
        char d = q[i];
        if (d == quote) {
          closed = true;
          ++i;
          break;
        }
        if (d == '\\' && i + 1 < q.size()) {
          char e = q[i + 1];
          i += 2;
          switch (e) {
            case 'n': s += '\n'; break;
            case 't': s += '\t'; break;
            case 'r': s += '\r'; break;
            case 'b': s += '\b'; break;
            case 'f': s += '\f'; break;
            case '\\': s += '\\'; break;
            case '\'': s += '\''; break;
            case '"': s += '"'; break;
            case 'u': case 'U': {
              size_t n = e == 'u' ? 4 : 8;
              if (i + n > q.size()) Fail(q, i - 2, "bad unicode escape");
              for (size_t k = i; k < i + n; ++k)
                if (!std::isxdigit(static_cast<unsigned char>(q[k])))
                  Fail(q, i - 2, "bad unicode escape: \\" + std::string(1, e) + " needs " +
                                     std::to_string(n) + " hexadecimal digits");
              uint32_t cp = static_cast<uint32_t>(std::stoul(q.substr(i, n), nullptr, 16));
              if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
                Fail(q, i - 2, "bad unicode escape: not a Unicode code point");
              AppendUtf8(&s, cp);
              i += n;
              break;
            }
            default: s += '\\'; s += e;
          }
          continue;
        }
        s += d;
        ++i;
      }
      if (!closed) Fail(q, t.offset, "unterminated string");
      t.kind = Tok::kString;
      t.text = s;
    } else if (std::isdigit(c) || (c == '.' && i + 1 < q.size() && std::isdigit(q[i + 1]))) {
      size_t b = i;
      bool is_float = false;
      if (c == '0' && i + 1 < q.size() && (q[i + 1] == 'x' || q[i + 1] == 'X')) {
        i += 2;
        while (i < q.size() && std::isxdigit(static_cast<unsigned char>(q[i]))) ++i;
      } else if (c == '0' && i + 1 < q.size() && q[i + 1] == 'o') {
        i += 2;
        while (i < q.size() && std::isdigit(static_cast<unsigned char>(q[i]))) ++i;
      } else {
        while (i < q.size() && std::isdigit(static_cast<unsigned char>(q[i]))) ++i;
        if (i + 1 < q.size() && q[i] == '.' && std::isdigit(static_cast<unsigned char>(q[i + 1]))) {
          is_float = true;
          ++i;
          while (i < q.size() && std::isdigit(static_cast<unsigned char>(q[i]))) ++i;
        }
        if (i < q.size() && (q[i] == 'e' || q[i] == 'E')) {
          size_t j = i + 1;
          if (j < q.size() && (q[j] == '+' || q[j] == '-')) ++j;
          if (j < q.size() && std::isdigit(static_cast<unsigned char>(q[j]))) {
            is_float = true;
            i = j;
            while (i < q.size() && std::isdigit(static_cast<unsigned char>(q[i]))) ++i;
          }
        }
      }
      if (i < q.size() && IdentStart(q[i])) Fail(q, b, "invalid number literal");
      t.kind = is_float ? Tok::kFloat : Tok::kInteger;
      t.text = q.substr(b, i - b);
    } else if (c == '$') {
      ++i;
      size_t b = i;
      if (i < q.size() && q[i] == '`') {
        size_t e = q.find('`', i + 1);
        if (e == std::string::npos) Fail(q, i, "unterminated `quoted name`");
        t.text = q.substr(i + 1, e - i - 1);
        i = e + 1;
      } else {
        while (i < q.size() && IdentPart(q[i])) ++i;
        t.text = q.substr(b, i - b);
      }
      if (t.text.empty()) Fail(q, t.offset, "expected a parameter name after '$'");
      t.kind = Tok::kParam;
    } else {
      static const char* const kTwo[] = {"<>", "<=", ">=", "=~", "..", "->", "<-", "!=", "+="};
      t.kind = Tok::kSymbol;
      for (const char* two : kTwo)
        if (q.compare(i, 2, two) == 0) t.text = two;
      if (t.text.empty()) {
        if (std::string("()[]{},.:|*+-/%^=<>;").find(static_cast<char>(c)) == std::string::npos)
          Fail(q, i, std::string("unexpected character '") + static_cast<char>(c) + "'");
        t.text = std::string(1, static_cast<char>(c));
      }
      i += t.text.size();
    }
    t.end = i;
    out.push_back(std::move(t));
  }
  Token end;
  end.kind = Tok::kEnd;
  end.offset = end.end = q.size();
  out.push_back(end);
  return out;
}

}  // namespace ng::query
