#include "ingest/reader.h"

#include <sys/stat.h>
#include <utf8proc.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "graph/error.h"
#include "ingest/html_text.h"
#include "ingest/text_util.h"

namespace ng::ingest {

namespace {

constexpr size_t kMaxLine = 1 << 20;
// No news article is this long; a larger file is refused before it is read.
constexpr size_t kMaxArticleBytes = size_t{64} << 20;

[[noreturn]] void NotAnArticle(const std::string& reason) {
  throw Error(ErrorKind::kInvalidArgument, reason);
}

uint64_t Fnv1a(std::string_view bytes) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : bytes) h = (h ^ c) * 1099511628211ull;
  return h;
}

// UTF-16 with a byte-order mark, as some editors save text, to UTF-8.
std::string Utf16ToUtf8(std::string_view bytes, bool little_endian) {
  std::string out;
  for (size_t i = 2; i + 1 < bytes.size(); i += 2) {
    uint32_t unit = little_endian ? (uint8_t(bytes[i]) | (uint8_t(bytes[i + 1]) << 8))
                                  : ((uint8_t(bytes[i]) << 8) | uint8_t(bytes[i + 1]));
    if (unit >= 0xD800 && unit < 0xDC00 && i + 3 < bytes.size()) {
      uint32_t low = little_endian ? (uint8_t(bytes[i + 2]) | (uint8_t(bytes[i + 3]) << 8))
                                   : ((uint8_t(bytes[i + 2]) << 8) | uint8_t(bytes[i + 3]));
      unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
      i += 2;
    }
    utf8proc_uint8_t buf[4];
    utf8proc_ssize_t n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(unit), buf);
    out.append(reinterpret_cast<char*>(buf), n);
  }
  return out;
}

void CheckText(std::string_view text) {
  size_t controls = 0, line = 0, line_start = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = text[i];
    if (c == 0) NotAnArticle("binary file (contains NUL bytes)");
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++controls;
    if (c == '\n') {
      ++line;
      line_start = i + 1;
    } else if (i - line_start > kMaxLine) {
      NotAnArticle("line " + std::to_string(line + 1) + " is longer than 1 MiB; not an article");
    }
  }
  if (controls * 20 > text.size()) NotAnArticle("binary file (mostly control characters)");
  utf8proc_int32_t cp;
  for (size_t i = 0; i < text.size();) {
    utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data()) + i,
                                          text.size() - i, &cp);
    if (n < 0) NotAnArticle("invalid UTF-8 at byte " + std::to_string(i));
    i += n;
  }
}

bool LooksLikeHtml(std::string_view bytes, const std::string& name) {
  std::string lower = Lower(name);
  if (EndsWith(lower, ".html") || EndsWith(lower, ".htm") || EndsWith(lower, ".xhtml")) return true;
  size_t i = bytes.find_first_not_of(" \t\r\n");
  if (i == std::string::npos || bytes[i] != '<') return false;
  std::string head = Lower(bytes.substr(i, 512));
  return head.find("<html") != std::string::npos || head.find("<!doctype") != std::string::npos;
}

bool IsWordByte(unsigned char c) { return std::isalnum(c) || c >= 0x80; }

// The single quote at `i` (‘ ’ or '), and its length in bytes; 0 if none.
size_t SingleQuoteAt(std::string_view s, size_t i, bool opening) {
  if (s[i] == '\'') return 1;
  if (s.substr(i, 3) == (opening ? "\xE2\x80\x98" : "\xE2\x80\x99")) return 3;
  return 0;
}

// British and some wire copy quote with single marks: 'We will not back down,'
// he said. In a line with no double quotation marks, a single mark opening a
// word and one closing a later word are turned into double ones, so the
// quotation is read as one; apostrophes (don't, workers') are left alone.
std::string SingleQuotesAsDouble(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t line_start = 0;
  while (line_start < text.size()) {
    size_t line_end = text.find('\n', line_start);
    if (line_end == std::string_view::npos) line_end = text.size();
    std::string line(text.substr(line_start, line_end - line_start));
    bool has_double = line.find('"') != std::string::npos ||
                      line.find("\xE2\x80\x9C") != std::string::npos ||
                      line.find("\xE2\x80\x9D") != std::string::npos ||
                      line.find("\xC2\xAB") != std::string::npos;
    for (size_t i = 0; !has_double && i < line.size(); ++i) {
      size_t open = SingleQuoteAt(line, i, true);
      bool starts_word = i == 0 || line[i - 1] == ' ' || line[i - 1] == '(';
      // A letter must follow: "'90s" is no quotation.
      if (!open || !starts_word || i + open >= line.size() ||
          std::isdigit(static_cast<unsigned char>(line[i + open])) ||
          !IsWordByte(static_cast<unsigned char>(line[i + open])))
        continue;
      for (size_t j = i + open + 1; j < line.size(); ++j) {
        size_t close = SingleQuoteAt(line, j, false);
        if (!close || line[j - 1] == ' ') continue;
        if (j + close < line.size() && IsWordByte(static_cast<unsigned char>(line[j + close])))
          continue;  // an apostrophe inside a word
        line.replace(j, close, "\"");
        line.replace(i, open, "\"");
        i = j - open + 1;
        break;
      }
    }
    out += line;
    if (line_end < text.size()) out += '\n';
    line_start = line_end + 1;
  }
  return out;
}

}  // namespace

// Some archives write a double quotation mark as two single ones: ''Yes,''
// or ``Yes,''. Each pair becomes one '"'.
std::string DoubledQuotesAsDouble(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    bool pair = i + 1 < text.size() && ((text[i] == '\'' && text[i + 1] == '\'') ||
                                        (text[i] == '`' && text[i + 1] == '`'));
    out += pair ? '"' : text[i];
    if (pair) ++i;
  }
  return out;
}

std::string NormalizeText(std::string_view input) {
  const std::string quoted = SingleQuotesAsDouble(DoubledQuotesAsDouble(input));
  std::string_view utf8 = quoted;
  utf8proc_uint8_t* nfc = nullptr;
  utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(utf8.data()),
                                    utf8.size(), &nfc,
                                    static_cast<utf8proc_option_t>(UTF8PROC_COMPOSE | UTF8PROC_STABLE));
  std::string composed = n < 0 ? std::string(utf8) : std::string(reinterpret_cast<char*>(nfc), n);
  free(nfc);
  std::string out;
  out.reserve(composed.size());
  utf8proc_int32_t cp;
  for (size_t i = 0; i < composed.size();) {
    utf8proc_ssize_t len = utf8proc_iterate(
        reinterpret_cast<const utf8proc_uint8_t*>(composed.data()) + i, composed.size() - i, &cp);
    if (len <= 0) {
      ++i;
      continue;
    }
    switch (cp) {
      case 0x00A0: case 0x2002: case 0x2003: case 0x2007: case 0x2009: case 0x200A:
      case 0x202F: case 0x205F: case 0x3000: case '\t': case '\f':
        out += ' ';
        break;
      case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC:
        out += '\'';
        break;
      case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB:
      case 0x2033: case 0x301D: case 0x301E:
        out += '"';
        break;
      case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
        out += '-';
        break;
      case 0x2026:
        out += "...";
        break;
      case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF: case 0x00AD: case '\r':
        break;
      default:
        out.append(composed, i, len);
    }
    i += len;
  }
  return out;
}

SourceText ReadArticleBytes(std::string_view bytes, const std::string& name) {
  if (bytes.find_first_not_of(" \t\r\n") == std::string_view::npos) NotAnArticle("empty file");
  SourceText src;
  src.content_hash = Fnv1a(bytes);
  std::string decoded;
  if (bytes.size() >= 2 && uint8_t(bytes[0]) == 0xFF && uint8_t(bytes[1]) == 0xFE) {
    decoded = Utf16ToUtf8(bytes, true);
  } else if (bytes.size() >= 2 && uint8_t(bytes[0]) == 0xFE && uint8_t(bytes[1]) == 0xFF) {
    decoded = Utf16ToUtf8(bytes, false);
  } else if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    decoded = std::string(bytes.substr(3));
  } else {
    decoded = std::string(bytes);
  }
  CheckText(decoded);
  if (LooksLikeHtml(decoded, name)) {
    HtmlText html = ExtractHtmlText(decoded);
    src.text = NormalizeText(html.text);
    src.canonical_url = html.canonical_url;
    src.title = NormalizeText(html.title);
    src.site_name = html.site_name;
    src.published = html.published;
    src.author = html.author;
  } else {
    src.text = NormalizeText(decoded);
  }
  return src;
}

SourceText ReadArticleFile(const std::string& path) {
  // Only regular files: a FIFO would block, /dev/zero never end, and a
  // folder named here is one that could not be listed.
  struct stat st;
  if (::stat(path.c_str(), &st) != 0)
    NotAnArticle(std::string("cannot read the file: ") + std::strerror(errno));
  if (S_ISDIR(st.st_mode)) NotAnArticle("a folder that cannot be read (permission denied)");
  if (!S_ISREG(st.st_mode)) NotAnArticle("not a regular file (a FIFO, device or socket); not read");
  if (static_cast<uint64_t>(st.st_size) > kMaxArticleBytes)
    NotAnArticle("larger than " + std::to_string(kMaxArticleBytes >> 20) + " MiB; not an article");
  std::ifstream in(path, std::ios::binary);
  if (!in) NotAnArticle("cannot read the file");
  // At most the limit and one byte more, whatever the file grows to
  // meanwhile, read in pieces: a buffer of the whole limit, zeroed for every
  // article, once cost five times the analysis.
  std::string bytes;
  bytes.reserve(static_cast<size_t>(st.st_size) + 1);
  char piece[1 << 16];
  while (bytes.size() <= kMaxArticleBytes && in) {
    size_t want = std::min(sizeof piece, kMaxArticleBytes + 1 - bytes.size());
    in.read(piece, static_cast<std::streamsize>(want));
    bytes.append(piece, static_cast<size_t>(in.gcount()));
  }
  if (in.bad()) NotAnArticle("read error");
  if (bytes.size() > kMaxArticleBytes)
    NotAnArticle("larger than " + std::to_string(kMaxArticleBytes >> 20) + " MiB; not an article");
  return ReadArticleBytes(bytes, path);
}

}  // namespace ng::ingest
