#include "graph/csv_reader.h"

#include "graph/error.h"

namespace ng {

CsvReader::CsvReader(const std::string& path, char delimiter)
    : path_(path), delimiter_(delimiter), in_(path, std::ios::binary), buffer_(1 << 16) {
  if (!in_) throw Error(ErrorKind::kNotFound, "cannot read " + path);
}

int CsvReader::Get() {
  if (pos_ == end_) {
    in_.read(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    end_ = static_cast<size_t>(in_.gcount());
    pos_ = 0;
    if (end_ == 0) {
      if (in_.bad()) throw Error(ErrorKind::kIo, path_ + ": read failed");
      return -1;
    }
  }
  return static_cast<unsigned char>(buffer_[pos_++]);
}

bool CsvReader::Next(std::vector<CsvField>* record) {
  record->clear();
  int c = Get();
  while (c == '\n' || c == '\r') {  // blank lines
    if (c == '\n') ++line_;
    c = Get();
  }
  if (c < 0) return false;
  record_line_ = line_;
  CsvField field;
  for (;;) {
    if (c == '"' && field.text.empty() && !field.quoted) {
      field.quoted = true;
      for (;;) {
        c = Get();
        if (c < 0)
          throw Error(ErrorKind::kInvalidArgument, Where() + "a quoted field never ends");
        if (c == '\n') ++line_;
        if (c == '"') {
          c = Get();
          if (c != '"') break;  // the closing quote
        }
        field.text.push_back(static_cast<char>(c));
      }
      continue;  // c is the character after the closing quote
    }
    if (c < 0 || c == '\n' || c == delimiter_) {
      if (!field.text.empty() && field.text.back() == '\r' && !field.quoted) field.text.pop_back();
      record->push_back(std::move(field));
      field = CsvField();
      if (c == delimiter_) {
        c = Get();
        continue;
      }
      if (c == '\n') ++line_;
      return true;
    }
    if (c == '\r' && field.quoted) {  // CRLF after a closing quote
      c = Get();
      continue;
    }
    field.text.push_back(static_cast<char>(c));
    c = Get();
  }
}

}  // namespace ng
