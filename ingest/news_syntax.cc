#include "ingest/news_syntax.h"

#include <string>
#include <vector>

namespace ng::ingest {

void PrepareNewsSyntax(const Lexicon& lex, nlp::Pipeline* syntax) {
  syntax->AddAbbreviations(std::vector<std::string>(lex.abbreviations.begin(), lex.abbreviations.end()));
  syntax->SetEditedText(true);
  std::vector<std::string> demonyms;
  for (const DictActor& a : lex.actors) demonyms.insert(demonyms.end(), a.demonyms.begin(), a.demonyms.end());
  syntax->AddDemonyms(demonyms);
  syntax->AddCommonNouns(std::vector<std::string>(lex.organization_nouns.begin(), lex.organization_nouns.end()));
}

}  // namespace ng::ingest
