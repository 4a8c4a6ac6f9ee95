#include "ingest/transcript.h"

#include "ingest/text_util.h"

#include <algorithm>
#include <map>

namespace ng::ingest {

namespace {

// The label before the colon: one to three words in capitals ("MARUND",
// "CHRIS HALE", "MR. OKAFOR"), or with `title_case` capitalized words
// ("Vatne-Holm", "Ms. Ruiz" of a printed interview), the colon within
// its first 40 bytes.
bool Label(std::string_view text, std::string* last_word, size_t* words_start, std::string* label = nullptr,
           bool title_case = false) {
  size_t colon = text.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 40 || colon + 1 >= text.size()) return false;
  std::vector<std::string> words = Words(text.substr(0, colon));
  if (words.empty() || words.size() > 3) return false;
  for (const std::string& w : words) {
    if (title_case && !StartsUpper(w)) return false;
    for (char c : w)
      if ((IsLower(c) && !title_case) || (!IsUpper(c) && !IsLower(c) && c != '.' && c != '\'' && c != '-'))
        return false;
  }
  std::string last = words.back();
  while (!last.empty() && last.back() == '.') last.pop_back();
  if (last.size() < 2) return false;
  *last_word = Lower(last);
  if (label) {
    label->clear();
    for (const std::string& w : words) {
      std::string word = Lower(w);
      if (!word.empty()) word[0] = static_cast<char>(word[0] - 'a' + 'A');
      *label += (label->empty() ? "" : " ") + word;
    }
  }
  *words_start = colon + 1;
  while (*words_start < text.size() && IsSpace(text[*words_start])) ++*words_start;
  return *words_start < text.size();
}

// The surname a person of `actors` ends with: theirs, else -1; -2 when two
// people share it.
int PersonBySurname(const std::vector<ActorFact>& actors, const std::string& surname) {
  int speaker = -1;
  for (size_t i = 0; i < actors.size(); ++i) {
    if (actors[i].kind != "person") continue;
    std::vector<std::string> name = Words(Lower(actors[i].name));
    if (!name.empty() && name.back() == surname) {
      if (speaker >= 0) return -2;
      speaker = static_cast<int>(i);
    }
  }
  return speaker;
}

}  // namespace

std::vector<std::string> TranscriptSpeakers(const std::vector<std::string>& paragraphs) {
  std::map<std::string, int> turns;
  for (const std::string& p : paragraphs) {
    std::string_view text = p;
    if (!text.empty() && text[0] == '"') text.remove_prefix(1);
    std::string surname, label;
    size_t start = 0;
    if (Label(text, &surname, &start, &label) && label.find('.') == std::string::npos) ++turns[label];
  }
  std::vector<std::string> out;
  for (const auto& [label, n] : turns)
    if (n >= 2) out.push_back(label);
  return out;
}

bool OpensWithQuestionLabel(std::string_view paragraph) { return paragraph.substr(0, 3) == "Q: "; }

void AddTranscriptSpeaker(const std::vector<std::string>& speakers, std::string_view paragraph,
                          std::vector<ActorFact>* actors) {
  if (!paragraph.empty() && paragraph[0] == '"') paragraph.remove_prefix(1);
  std::string surname, label;
  size_t start = 0;
  if (!Label(paragraph, &surname, &start, &label)) return;
  if (std::find(speakers.begin(), speakers.end(), label) == speakers.end()) return;
  if (PersonBySurname(*actors, surname) != -1) return;
  ActorFact person;
  person.name = label;
  person.kind = "person";
  actors->push_back(std::move(person));
}

bool TranscriptTurn(const ParagraphView& p, const std::vector<ActorFact>& actors, StatementFact* out) {
  std::string surname;
  size_t start = 0;
  // A transcript quoted whole opens each turn with a quotation mark.
  size_t lead = !p.text.empty() && p.text[0] == '"' ? 1 : 0;
  // (A label is a surname the article gave a person, in an interview in
  // Title Case too: a headline's "Ruiz: We will win" is no turn.)
  if (!Label(p.text.substr(lead), &surname, &start, nullptr, p.interview)) return false;
  start += lead;
  int speaker = PersonBySurname(actors, surname);
  if (speaker < 0) return false;  // none, or two people of that surname: no guess
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
