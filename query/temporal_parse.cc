// ISO-8601 text of the six temporal kinds, in the forms the openCypher TCK
// writes: extended (2015-07-21T21:40:32.142+01:00) and basic
// (20150721T214032.142+0100), week dates, ordinal dates, reduced precision.
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <ctime>
#include <string>

#include "query/temporal_fields.h"

namespace ng::query::temporal {

namespace {

// A cursor over the text with the small reads the grammar needs.
class Reader {
 public:
  explicit Reader(const std::string& text) : s_(text) {}
  bool Done() const { return i_ >= s_.size(); }
  char Peek() const { return Done() ? '\0' : s_[i_]; }
  bool Eat(char c) {
    if (Peek() != c) return false;
    ++i_;
    return true;
  }
  size_t DigitsAhead() const {
    size_t n = 0;
    while (i_ + n < s_.size() && std::isdigit(static_cast<unsigned char>(s_[i_ + n]))) ++n;
    return n;
  }
  int64_t Number(size_t n) {
    if (DigitsAhead() < n) Bad();
    int64_t v = 0;
    for (size_t k = 0; k < n; ++k) v = v * 10 + (s_[i_++] - '0');
    return v;
  }
  std::string Rest() {
    std::string r = s_.substr(i_);
    i_ = s_.size();
    return r;
  }
  [[noreturn]] void Bad() const { Fail("cannot read '" + s_ + "' as a temporal value"); }

 private:
  const std::string& s_;
  size_t i_ = 0;
};

int64_t ReadDate(Reader& r) {
  int64_t year;
  if (r.Peek() == '+' || r.Peek() == '-') {
    bool negative = r.Peek() == '-';
    r.Eat(r.Peek());
    size_t n = r.DigitsAhead();
    if (n < 4 || n > 9) r.Bad();
    year = r.Number(n) * (negative ? -1 : 1);
  } else {
    year = r.Number(4);
  }
  bool dashes = r.Eat('-');
  if (r.Done() || r.Peek() == 'T') {
    if (dashes) r.Bad();  // "2015-"
    return DaysOfDate(year, 1, 1);
  }
  if (r.Eat('W')) {
    int64_t week = r.Number(2), day = 1;
    if (!r.Done() && r.Peek() != 'T') {
      if (dashes && !r.Eat('-')) r.Bad();
      day = r.Number(1);
    }
    return DaysOfWeekDate(year, week, day);
  }
  if (r.DigitsAhead() == 3) return DaysOfOrdinalDate(year, r.Number(3));  // 2015-202, 2015202
  int64_t month = r.Number(2), day = 1;
  if (!r.Done() && r.Peek() != 'T') {
    if (dashes && !r.Eat('-')) r.Bad();
    day = r.Number(2);
  }
  return DaysOfDate(year, month, day);
}

// HH[:MM[:SS[.fffffffff]]] or HH[MM[SS[.fffffffff]]]; sets seconds and nanos.
void ReadTime(Reader& r, int64_t* seconds, int32_t* nanos) {
  int64_t hour = r.Number(2), minute = 0, second = 0;
  *nanos = 0;
  bool colons = r.Peek() == ':';
  if (r.Eat(':') || r.DigitsAhead() >= 2) {
    minute = r.Number(2);
    if ((colons && r.Eat(':')) || (!colons && r.DigitsAhead() >= 2)) {
      second = r.Number(2);
      if (r.Eat('.') || r.Eat(',')) {
        size_t n = r.DigitsAhead();
        if (n == 0 || n > 9) r.Bad();
        *nanos = static_cast<int32_t>(r.Number(n) * static_cast<int64_t>(std::pow(10, 9 - n)));
      }
    }
  }
  *seconds = SecondsOfTime(hour, minute, second);
}

// What the text held: a date, a time, an offset and/or a zone name.
struct Parts {
  int64_t days = 0, seconds = 0;
  int32_t nanos = 0;
  Zone zone;
  bool has_offset = false;
};

Parts ReadParts(const std::string& text, bool starts_with_date) {
  Reader r(text);
  Parts p;
  if (starts_with_date) {
    p.days = ReadDate(r);
    if (!r.Eat('T')) {
      if (!r.Done()) r.Bad();
      return p;
    }
  }
  ReadTime(r, &p.seconds, &p.nanos);
  if (r.Done()) return p;
  std::string rest = r.Rest();
  size_t bracket = rest.find('[');
  std::string offset = rest.substr(0, bracket);
  if (!offset.empty()) {
    if (!ParseOffset(offset, &p.zone.offset)) r.Bad();
    p.has_offset = true;
  }
  if (bracket != std::string::npos) {
    if (rest.back() != ']') r.Bad();
    Zone named = ParseZone(rest.substr(bracket + 1, rest.size() - bracket - 2));
    p.zone.name = named.name;
    if (named.name.empty()) p.zone.offset = named.offset;
  }
  return p;
}

// One number of a duration: an optional sign, digits, an optional fraction.
bool ReadDurationNumber(const std::string& s, size_t* i, long double* value) {
  size_t b = *i, e = b;
  if (e < s.size() && (s[e] == '-' || s[e] == '+')) ++e;
  size_t digits = e, points = 0;
  while (e < s.size() && (std::isdigit(static_cast<unsigned char>(s[e])) || s[e] == '.' || s[e] == ',')) {
    points += !std::isdigit(static_cast<unsigned char>(s[e]));
    ++e;
  }
  if (e == digits || points > 1 || !std::isdigit(static_cast<unsigned char>(s[digits]))) return false;
  std::string number = s.substr(b, e - b);
  for (char& c : number)
    if (c == ',') c = '.';
  *value = std::strtold(number.c_str(), nullptr);
  *i = e;
  return true;
}

Temporal ParseDuration(const std::string& text) {
  auto bad = [&]() { Fail("cannot read '" + text + "' as a duration"); };
  size_t i = 0;
  long double sign = 1;
  if (i < text.size() && (text[i] == '-' || text[i] == '+')) sign = text[i++] == '-' ? -1 : 1;
  if (i >= text.size() || (text[i] != 'P' && text[i] != 'p')) bad();
  ++i;
  // P2012-02-02T14:37:21.545: the alternative form, a date-time of parts.
  if (text.size() >= i + 5 && std::isdigit(static_cast<unsigned char>(text[i])) && text[i + 4] == '-') {
    std::string body = text.substr(i);
    auto number = [&](size_t at, size_t n) {
      int64_t v = 0;
      for (size_t k = at; k < at + n; ++k) {
        if (k >= body.size() || !std::isdigit(static_cast<unsigned char>(body[k]))) bad();
        v = v * 10 + (body[k] - '0');
      }
      return v;
    };
    if (body.size() < 10 || body[7] != '-') bad();
    int64_t y = number(0, 4), mo = number(5, 2), d = number(8, 2);
    long double secs = 0;
    if (body.size() > 10) {
      if (body[10] != 'T') bad();
      Parts p = ReadParts(body.substr(11), false);
      secs = p.seconds + p.nanos / 1e9L;
    }
    return MakeDuration(sign * (y * 12 + mo), sign * d, sign * secs);
  }
  long double months = 0, days = 0, seconds = 0;
  bool in_time = false, any = false;
  while (i < text.size()) {
    if (text[i] == 'T' || text[i] == 't') {
      if (in_time) bad();
      in_time = true;
      ++i;
      continue;
    }
    long double v;
    if (!ReadDurationNumber(text, &i, &v) || i >= text.size()) bad();
    char unit = static_cast<char>(std::toupper(static_cast<unsigned char>(text[i++])));
    any = true;
    if (!in_time && unit == 'Y') months += v * 12;
    else if (!in_time && unit == 'M') months += v;
    else if (!in_time && unit == 'W') days += v * 7;
    else if (!in_time && unit == 'D') days += v;
    else if (in_time && unit == 'H') seconds += v * 3600;
    else if (in_time && unit == 'M') seconds += v * 60;
    else if (in_time && unit == 'S') seconds += v;
    else bad();
  }
  if (!any) bad();
  return MakeDuration(sign * months, sign * days, sign * seconds);
}

}  // namespace

Temporal ParseTemporal(Kind kind, const std::string& text) {
  if (kind == Kind::kDuration) return ParseDuration(text);
  bool time_only = kind == Kind::kLocalTime || kind == Kind::kTime;
  Parts p = ReadParts(text, !time_only || text.find('T') != std::string::npos);
  Temporal t;
  t.kind = kind;
  if (HasDate(kind)) t.days = p.days;
  if (HasTime(kind)) {
    t.seconds = p.seconds;
    t.nanos = p.nanos;
  }
  // A time has no date to look a zone's rules up at: the offset given, or the zone's offset now.
  if (kind == Kind::kTime)
    t.offset = p.zone.name.empty() || p.has_offset ? p.zone.offset : DateTimeAt(std::time(nullptr), 0, p.zone).offset;
  if (kind == Kind::kDateTime) {
    if (!p.zone.name.empty()) return DateTimeOfLocal(p.days, p.seconds, p.nanos, Zone{p.zone.name, 0});
    t.offset = p.zone.offset;
  }
  return t;
}

}  // namespace ng::query::temporal
