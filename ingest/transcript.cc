#include "ingest/transcript.h"

#include "ingest/text_util.h"

namespace ng::ingest {

namespace {

// The label before the colon: one to three words in capitals ("MARUND",
// "CHRIS HALE", "MR. OKAFOR"), the colon within its first 40 bytes.
bool Label(std::string_view text, std::string* last_word, size_t* words_start) {
  size_t colon = text.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 40 || colon + 1 >= text.size()) return false;
  std::vector<std::string> words = Words(text.substr(0, colon));
  if (words.empty() || words.size() > 3) return false;
  for (const std::string& w : words)
    for (char c : w)
      if (IsLower(c) || (!IsUpper(c) && c != '.' && c != '\'' && c != '-')) return false;
  std::string last = words.back();
  while (!last.empty() && last.back() == '.') last.pop_back();
  if (last.size() < 2) return false;
  *last_word = Lower(last);
  *words_start = colon + 1;
  while (*words_start < text.size() && IsSpace(text[*words_start])) ++*words_start;
  return *words_start < text.size();
}

}  // namespace

bool TranscriptTurn(const ParagraphView& p, const std::vector<ActorFact>& actors, StatementFact* out) {
  std::string surname;
  size_t start = 0;
  // A transcript quoted whole opens each turn with a quotation mark.
  size_t lead = !p.text.empty() && p.text[0] == '"' ? 1 : 0;
  if (!Label(p.text.substr(lead), &surname, &start)) return false;
  start += lead;
  int speaker = -1;
  for (size_t i = 0; i < actors.size(); ++i) {
    if (actors[i].kind != "person") continue;
    std::vector<std::string> name = Words(Lower(actors[i].name));
    if (!name.empty() && name.back() == surname) {
      if (speaker >= 0) return false;  // two people of that surname: no guess
      speaker = static_cast<int>(i);
    }
  }
  if (speaker < 0) return false;
  size_t end = p.text.size();
  while (end > start && (IsSpace(p.text[end - 1]) || (lead && p.text[end - 1] == '"'))) --end;
  out->text = std::string(p.text.substr(start, end - start));
  out->kind = "direct";
  out->verb = "say";
  out->speaker = speaker;
  out->start = p.offset + start;
  out->end = p.offset + end;
  out->sentence = p.first_sentence;
  return true;
}

}  // namespace ng::ingest
