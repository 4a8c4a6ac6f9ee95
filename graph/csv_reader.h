// graph/csv_reader.h — an RFC 4180 record reader (internal).
#ifndef NEWSGRAPH_GRAPH_CSV_READER_H_
#define NEWSGRAPH_GRAPH_CSV_READER_H_

#include <cstdint>
#include <fstream>
#include <string>
#include <vector>

namespace ng {

struct CsvField {
  std::string text;
  bool quoted = false;  // "" is an empty string, an empty unquoted field is absent
};

// Reads records from a file: fields separated by `delimiter`, optionally in
// double quotes (a quote inside is doubled; quoted fields may span lines),
// records ending in LF or CRLF. Blank lines are skipped.
class CsvReader {
 public:
  CsvReader(const std::string& path, char delimiter, size_t buffer_bytes = size_t{1} << 20);

  // The next record; false at the end of the file. Throws kInvalidArgument
  // ("FILE:LINE: …") on an unterminated quote. Reuses the strings already in
  // `record` (a bulk import reads millions of records into one vector).
  bool Next(std::vector<CsvField>* record);
  // The line on which the record last returned by Next() starts.
  uint64_t line() const { return record_line_; }
  const std::string& path() const { return path_; }
  // "FILE:LINE: " for error messages about the current record.
  std::string Where() const { return path_ + ":" + std::to_string(record_line_) + ": "; }

 private:
  int Get();
  // Makes [pos_, end_) hold a whole line (or the rest of the file); returns
  // the position of its '\n', or end_ at the end of the file.
  size_t LoadLine();
  void SplitLine(size_t newline, std::vector<CsvField>* record);
  bool NextQuoted(std::vector<CsvField>* record);

  std::string path_;
  char delimiter_;
  std::ifstream in_;
  std::vector<char> buffer_;
  size_t pos_ = 0, end_ = 0;
  uint64_t line_ = 1, record_line_ = 0;
};

}  // namespace ng

#endif  // NEWSGRAPH_GRAPH_CSV_READER_H_
