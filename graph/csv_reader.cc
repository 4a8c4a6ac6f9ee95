#include "graph/csv_reader.h"

#include <cstring>

#include "graph/error.h"

namespace ng {

CsvReader::CsvReader(const std::string& path, char delimiter, size_t buffer_bytes)
    : path_(path), delimiter_(delimiter), in_(path, std::ios::binary),
      buffer_(std::max<size_t>(buffer_bytes, 16)) {
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

size_t CsvReader::LoadLine() {
  size_t scanned = pos_;
  for (;;) {
    const void* nl = std::memchr(buffer_.data() + scanned, '\n', end_ - scanned);
    if (nl) return static_cast<const char*>(nl) - buffer_.data();
    // Move the partial line to the front (growing the buffer for a line
    // longer than it) and read more after it.
    size_t partial = end_ - pos_;
    std::memmove(buffer_.data(), buffer_.data() + pos_, partial);
    pos_ = 0;
    end_ = scanned = partial;
    if (end_ == buffer_.size()) buffer_.resize(buffer_.size() * 2);
    in_.read(buffer_.data() + end_, static_cast<std::streamsize>(buffer_.size() - end_));
    size_t got = static_cast<size_t>(in_.gcount());
    if (got == 0) {
      if (in_.bad()) throw Error(ErrorKind::kIo, path_ + ": read failed");
      return end_;
    }
    end_ += got;
  }
}

// A line without quotes: fields are the text between delimiters.
void CsvReader::SplitLine(size_t newline, std::vector<CsvField>* record) {
  const char* p = buffer_.data() + pos_;
  const char* line_end = buffer_.data() + newline;
  size_t count = 0;
  for (;;) {
    const char* stop = static_cast<const char*>(std::memchr(p, delimiter_, line_end - p));
    const char* field_end = stop ? stop : line_end;
    if (field_end > p && field_end[-1] == '\r') --field_end;  // CRLF (as the general case)
    if (count == record->size()) record->emplace_back();
    CsvField& field = (*record)[count++];
    field.text.assign(p, field_end);
    field.quoted = false;
    if (!stop) break;
    p = stop + 1;
  }
  record->resize(count);
  pos_ = newline < end_ ? newline + 1 : end_;
  if (newline < end_) ++line_;
}

bool CsvReader::Next(std::vector<CsvField>* record) {
  for (;;) {  // blank lines
    if (pos_ == end_ && Get() >= 0) --pos_;
    if (pos_ == end_) return false;
    char c = buffer_[pos_];
    if (c != '\n' && c != '\r') break;
    if (c == '\n') ++line_;
    ++pos_;
  }
  record_line_ = line_;
  size_t newline = LoadLine();
  if (!std::memchr(buffer_.data() + pos_, '"', newline - pos_)) {
    SplitLine(newline, record);
    return true;
  }
  return NextQuoted(record);
}

// The general case, a character at a time: quoted fields may hold
// delimiters, doubled quotes and line breaks.
bool CsvReader::NextQuoted(std::vector<CsvField>* record) {
  record->clear();
  int c = Get();
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
