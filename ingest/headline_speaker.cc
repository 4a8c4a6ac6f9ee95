#include "ingest/headline_speaker.h"

#include "ingest/text_util.h"

namespace ng::ingest {

namespace {

// Kinds of actor that speak in headlines; anonymous sources have no label.
bool Speaks(const ActorFact& a) {
  return a.kind == "person" || a.kind == "organization" || a.kind == "media" || a.kind == "government_body";
}

bool NamesActor(const std::string& label, const ActorFact& a) {
  if (label == a.name || a.aliases.count(label)) return true;
  // A person by surname: "Brun" for "Elsa Brun".
  const std::vector<std::string> words = Words(a.name);
  return a.kind == "person" && words.size() > 1 && words.back() == label;
}

}  // namespace

std::optional<StatementFact> HeadlineStatement(const std::string& headline, const std::vector<ActorFact>& actors) {
  const size_t colon = headline.find(": ");
  if (colon == std::string::npos || colon == 0) return std::nullopt;
  const std::string label = headline.substr(0, colon);
  const std::vector<std::string> label_words = Words(label);
  if (label_words.empty() || label_words.size() > 4) return std::nullopt;
  for (const std::string& w : label_words)
    if (!StartsUpper(w)) return std::nullopt;
  size_t start = colon + 2, end = headline.size();
  while (end > start && IsSpace(headline[end - 1])) --end;
  if (Words(headline.substr(start, end - start)).size() < 3) return std::nullopt;
  // The name may follow a title or a description: "Senator Ida Wren",
  // "Harbour Critic Wren".
  auto named = [&](const ActorFact& a) {
    for (size_t k = 0; k < label_words.size(); ++k) {
      std::string tail;
      for (size_t j = k; j < label_words.size(); ++j) tail += (j > k ? " " : "") + label_words[j];
      if (NamesActor(tail, a)) return true;
    }
    return false;
  };
  for (size_t i = 0; i < actors.size(); ++i) {
    if (!Speaks(actors[i]) || !named(actors[i])) continue;
    StatementFact st;
    // A headline in quotation marks quotes the speaker's words.
    const bool quoted = headline[start] == '"' && end - start > 2 && headline[end - 1] == '"';
    if (quoted) ++start, --end;
    st.text = headline.substr(start, end - start);
    st.kind = quoted ? "direct" : "indirect";
    st.start = start;
    st.end = end;
    st.speaker = static_cast<int>(i);
    return st;
  }
  return std::nullopt;
}

}  // namespace ng::ingest
