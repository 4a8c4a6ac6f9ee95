#include "shell/text_cells.h"

namespace ng::cli {

namespace {

// The code point starting at s[i] and its length in bytes (a stray byte is
// taken as itself, one byte long).
char32_t Decode(const std::string& s, size_t i, size_t* length) {
  unsigned char c = s[i];
  size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
  if (i + n > s.size()) n = 1;
  char32_t cp = n == 1 ? c : n == 2 ? c & 0x1F : n == 3 ? c & 0x0F : c & 0x07;
  for (size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  *length = n;
  return cp;
}

// Terminal columns of one code point (the common ranges of wcwidth; the
// exact tables are locale data a result cell does not need).
size_t Columns(char32_t cp) {
  if ((cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x200B && cp <= 0x200F) || cp == 0xFE0F) return 0;
  if ((cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
      (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
      (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
      (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1FAFF) ||
      (cp >= 0x20000 && cp <= 0x3FFFD))
    return 2;
  return 1;
}

// Bytes of the terminal escape sequence (ESC [ … final byte) at s[i], or 0:
// colour codes of marked text take no columns.
size_t EscapeLength(const std::string& s, size_t i) {
  if (s[i] != '\033' || i + 1 >= s.size() || s[i + 1] != '[') return 0;
  for (size_t k = i + 2; k < s.size(); ++k)
    if (s[k] >= 0x40 && s[k] <= 0x7E) return k - i + 1;
  return 0;
}

}  // namespace


size_t DisplayWidth(const std::string& s) {
  size_t width = 0;
  for (size_t i = 0, n; i < s.size(); i += n)
    if (!(n = EscapeLength(s, i))) width += Columns(Decode(s, i, &n));
  return width;
}

std::vector<std::string> Wrap(const std::string& text, size_t width) {
  if (width == 0 || DisplayWidth(text) <= width) return {text};
  std::vector<std::string> lines;
  std::string line, word;
  size_t line_width = 0, word_width = 0;
  auto end_line = [&] {
    while (!line.empty() && line.back() == ' ') {
      line.pop_back();
      --line_width;
    }
    lines.push_back(line);
    line.clear();
    line_width = 0;
  };
  // Puts the word on this line, on the next, or across lines when it is
  // longer than one.
  auto place_word = [&] {
    if (word.empty()) return;
    if (line_width + word_width > width && line_width > 0) end_line();
    for (size_t i = 0, n; i < word.size(); i += n) {
      size_t w = (n = EscapeLength(word, i)) ? 0 : Columns(Decode(word, i, &n));
      if (line_width + w > width && line_width > 0) end_line();
      line.append(word, i, n);
      line_width += w;
    }
    word.clear();
    word_width = 0;
  };
  for (size_t i = 0, n; i < text.size(); i += n) {
    if ((n = EscapeLength(text, i))) {  // part of the word, no width
      word.append(text, i, n);
      continue;
    }
    char32_t cp = Decode(text, i, &n);
    if (cp == ' ') {
      place_word();
      if (line_width > 0 && line_width < width) {
        line += ' ';
        ++line_width;
      }
      continue;
    }
    word.append(text, i, n);
    word_width += Columns(cp);
  }
  place_word();
  if (!line.empty() || lines.empty()) end_line();
  return lines;
}

std::string Cut(const std::string& text, size_t width) {
  if (DisplayWidth(text) <= width) return text;
  std::string out;
  size_t used = 0;
  for (size_t i = 0, n; i < text.size(); i += n) {
    size_t w = Columns(Decode(text, i, &n));
    if (used + w + 1 > width) break;
    out.append(text, i, n);
    used += w;
  }
  return out + "…";
}

}  // namespace ng::cli
