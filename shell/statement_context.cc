#include "shell/statement_context.h"
#include "shell/text_cells.h"

#include <algorithm>
#include <tuple>

namespace ng::cli {

namespace {

// Bold yellow words, bold cyan speaker: readable on dark and light terminals.
constexpr char kWordsOn[] = "\x1b[1;33m", kSpeakerOn[] = "\x1b[1;36m", kOff[] = "\x1b[0m";

const Value* Property(const Node& n, const char* key) {
  auto it = n.properties.find(key);
  return it == n.properties.end() ? nullptr : &it->second;
}

// Letters and digits, and every byte of a UTF-8 sequence (as ingest splits words).
bool WordByte(char c) {
  unsigned char u = static_cast<unsigned char>(c);
  return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u >= 0x80;
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// The speaker's name, aliases and, of a name of several words, the last one
// when it could be a surname ("Sudani" for "Mohammed Shia al-Sudani").
std::vector<std::string> SpeakerNames(const Node& speaker) {
  std::vector<std::string> names;
  const Value* name = Property(speaker, "name");
  if (name && name->is_string()) {
    const std::string& full = name->AsString();
    names.push_back(full);
    size_t space = full.rfind(' ');
    if (space != std::string::npos && full.size() - space > 3) names.push_back(full.substr(space + 1));
  }
  const Value* aliases = Property(speaker, "aliases");
  if (aliases && aliases->is_list())
    for (const Value& a : aliases->AsList())
      if (a.is_string()) names.push_back(a.AsString());
  return names;
}

std::string Cell(const ResultSet& rows, size_t row, const std::string& column) {
  auto at = std::find(rows.columns.begin(), rows.columns.end(), column);
  if (at == rows.columns.end()) return "";
  const ResultValue& v = rows.rows[row][at - rows.columns.begin()];
  if (const auto* list = v.get_if<ResultList>()) {
    std::string joined;
    for (const ResultValue& item : *list) {
      if (item.is_null()) continue;
      joined += (joined.empty() ? "" : ", ") + ResultValueToText(item);
    }
    return joined;
  }
  return v.is_null() ? "" : ResultValueToText(v);
}

}  // namespace

std::optional<StatementContext> FindContext(const Transaction& tx, NodeId statement) {
  auto node = tx.GetNode(statement);
  if (!node || !node->HasLabel("Statement"))
    throw Error(ErrorKind::kNotFound, "no statement with id " + std::to_string(statement));
  const Value *start = Property(*node, "start"), *end = Property(*node, "end");
  if (!start || !end || !start->is_int() || !end->is_int()) return std::nullopt;
  std::optional<std::string> body;
  AdjacencyEntry e;
  for (auto c = tx.Adjacent(statement, Direction::kOutgoing, {"REPORTED_IN"}); !body && c->Next(&e);)
    body = tx.GetText(e.neighbour);
  const int64_t b = start->AsInt(), en = end->AsInt();
  if (!body || b < 0 || b > en || static_cast<size_t>(en) > body->size()) return std::nullopt;
  // Offsets never span paragraphs: ingest reads one paragraph at a time.
  size_t from = b == 0 ? std::string::npos : body->rfind('\n', static_cast<size_t>(b) - 1);
  from = from == std::string::npos ? 0 : from + 1;
  size_t to = body->find('\n', static_cast<size_t>(en));
  if (to == std::string::npos) to = body->size();
  StatementContext context;
  context.paragraph = body->substr(from, to - from);
  context.words = {static_cast<size_t>(b) - from, static_cast<size_t>(en) - from};
  // Reporting words set off inside the words ("The test, the ministry said,
  // was ...") name the speaker: the words searched around are those before.
  Mark around = context.words;
  const Value *gap_start = Property(*node, "gap_start"), *gap_end = Property(*node, "gap_end");
  if (gap_start && gap_end && gap_start->is_int() && gap_end->is_int() && b < gap_start->AsInt() &&
      gap_start->AsInt() <= gap_end->AsInt() && gap_end->AsInt() < en)
    around.end = static_cast<size_t>(gap_start->AsInt()) - from;
  for (auto c = tx.Adjacent(statement, Direction::kIncoming, {"SAID"}); c->Next(&e);)
    if (auto speaker = tx.GetNode(e.neighbour)) {
      context.speaker = FindMention(context.paragraph, around, SpeakerNames(*speaker));
      break;
    }
  return context;
}

std::optional<Mark> FindMention(std::string_view paragraph, Mark words,
                                const std::vector<std::string>& names) {
  const std::string text = AsciiLower(paragraph);
  std::optional<Mark> best;
  size_t best_distance = 0;
  for (const std::string& name : names) {
    const std::string wanted = AsciiLower(name);
    if (wanted.empty()) continue;
    for (size_t at = text.find(wanted); at != std::string::npos; at = text.find(wanted, at + 1)) {
      const size_t end = at + wanted.size();
      if ((at > 0 && WordByte(text[at - 1])) || (end < text.size() && WordByte(text[end]))) continue;
      if (end > words.start && at < words.end) continue;  // inside the words: not the speaker
      size_t distance = end <= words.start ? words.start - end : at - words.end;
      bool longer = best && distance == best_distance && end - at > best->end - best->start;
      if (!best || distance < best_distance || longer) {
        best = Mark{at, end};
        best_distance = distance;
      }
    }
  }
  return best;
}

std::string MarkContext(const StatementContext& c, bool color) {
  struct Insert {
    size_t at;
    int order;  // closings before openings at one position
    const char* text;
  };
  std::vector<Insert> inserts = {{c.words.start, 1, color ? kWordsOn : "[["},
                                 {c.words.end, 0, color ? kOff : "]]"}};
  if (c.speaker) {
    inserts.push_back({c.speaker->start, 1, color ? kSpeakerOn : "{{"});
    inserts.push_back({c.speaker->end, 0, color ? kOff : "}}"});
  }
  std::sort(inserts.begin(), inserts.end(),
            [](const Insert& a, const Insert& b) { return std::tie(a.at, a.order) < std::tie(b.at, b.order); });
  std::string out;
  size_t done = 0;
  for (const Insert& i : inserts) {
    out.append(c.paragraph, done, i.at - done);
    out += i.text;
    done = i.at;
  }
  out.append(c.paragraph, done);
  return out;
}

namespace {

// `text` wrapped to `width` (0: as it is), each line after `indent`, the
// first after `first_indent`.
std::string Indented(const std::string& text, size_t width, const std::string& first_indent,
                     const std::string& indent) {
  std::string out;
  const size_t room = width > indent.size() + 20 ? width - indent.size() : 0;
  for (const std::string& line : Wrap(text, room)) out += (out.empty() ? first_indent : indent) + line + "\n";
  return out;
}

}  // namespace

void WriteInContext(const ResultSet& statements, const Transaction& tx, bool color, size_t width,
                    std::ostream& out) {
  for (size_t row = 0; row < statements.rows.size(); ++row) {
    std::string head = "#" + Cell(statements, row, "id") + "  " + Cell(statements, row, "speaker");
    if (std::string kind = Cell(statements, row, "kind"); !kind.empty()) head += " (" + kind + ")";
    // Where it was read: the outlet, or the article's file when that is unknown.
    std::string source = Cell(statements, row, "outlet");
    if (source.empty()) source = Cell(statements, row, "article");
    if (!source.empty()) head += " · " + source;
    if (std::string date = Cell(statements, row, "date"); !date.empty()) head += " · " + date;
    if (std::string about = Cell(statements, row, "about"); !about.empty()) head += " · about " + about;
    out << (row ? "\n" : "") << Indented(head, width, "", "    ");
    const ResultValue* id = nullptr;
    auto at = std::find(statements.columns.begin(), statements.columns.end(), "id");
    if (at != statements.columns.end()) id = &statements.rows[row][at - statements.columns.begin()];
    std::optional<StatementContext> context;
    if (id && id->get_if<int64_t>()) context = FindContext(tx, static_cast<NodeId>(*id->get_if<int64_t>()));
    if (context)
      out << Indented(MarkContext(*context, color), width, "  ", "  ");
    else
      out << "  (no stored text: its article was ingested before bodies were kept; ingest it again)\n";
  }
}

}  // namespace ng::cli
