#include "ingest/nlp/transition_system.h"

#include <algorithm>

namespace ng::nlp {

ParseState::ParseState(int words, const ActionCodec& codec)
    : codec_(codec),
      n_(words),
      head_(words + 1, -1),
      label_(words + 1, -1),
      left1_(words + 1, -1),
      left2_(words + 1, -1),
      right1_(words + 1, -1),
      right2_(words + 1, -1),
      left_count_(words + 1, 0),
      right_count_(words + 1, 0),
      left_labels_(words + 1, 0),
      right_labels_(words + 1, 0),
      on_stack_(words + 1, 0) {
  stack_.reserve(words + 1);
}

bool ParseState::Legal(int action) const {
  if (terminal()) return false;
  int s0 = stack(0);
  int l = codec_.label(action);
  switch (codec_.kind(action)) {
    case kShift:
      return true;
    case kReduce:
      return s0 > 0 && head_[s0] >= 0;
    case kLeftArc:
      return s0 > 0 && head_[s0] < 0 && l != codec_.root_label;
    case kRightArc:
      return s0 > 0 && l != codec_.root_label;
  }
  return false;
}

void ParseState::AddArc(int h, int d, int l) {
  head_[d] = h;
  label_[d] = l;
  if (d < h) {
    if (left1_[h] < 0 || d < left1_[h]) left2_[h] = left1_[h], left1_[h] = d;
    else if (left2_[h] < 0 || d < left2_[h]) left2_[h] = d;
    ++left_count_[h];
    left_labels_[h] |= 1ull << (l & 63);
  } else {
    if (right1_[h] < 0 || d > right1_[h]) right2_[h] = right1_[h], right1_[h] = d;
    else if (right2_[h] < 0 || d > right2_[h]) right2_[h] = d;
    ++right_count_[h];
    right_labels_[h] |= 1ull << (l & 63);
  }
}

void ParseState::Apply(int action) {
  int s0 = stack(0), b0 = next_;
  switch (codec_.kind(action)) {
    case kShift:
      stack_.push_back(b0);
      on_stack_[b0] = 1;
      ++next_;
      break;
    case kReduce:
      stack_.pop_back();
      on_stack_[s0] = 0;
      break;
    case kLeftArc:
      AddArc(b0, s0, codec_.label(action));
      stack_.pop_back();
      on_stack_[s0] = 0;
      break;
    case kRightArc:
      AddArc(s0, b0, codec_.label(action));
      stack_.push_back(b0);
      on_stack_[b0] = 1;
      ++next_;
      break;
  }
}

void ParseState::Finish(int fallback_label) {
  int root = -1;
  for (int w = 1; w <= n_; ++w) {
    if (head_[w] >= 0) continue;
    if (root < 0) {
      AddArc(0, w, codec_.root_label);
      root = w;
    } else {
      AddArc(root, w, fallback_label);
    }
  }
}

int ParseState::Cost(int action, const std::vector<int>& gh, const std::vector<int>& gl) const {
  int s0 = stack(0), b0 = next_;
  int cost = 0;
  int l = codec_.label(action);
  switch (codec_.kind(action)) {
    case kShift:
      // b0 can no longer take a head or dependents from the stack.
      for (int k : stack_) {
        if (gh[b0] == k) ++cost;
        if (gh[k] == b0 && head_[k] < 0) ++cost;
      }
      break;
    case kReduce:
      // s0's dependents still in the buffer are lost.
      for (int k = b0; k <= n_; ++k)
        if (gh[k] == s0) ++cost;
      break;
    case kLeftArc:
      // s0 takes b0 as head: a head further in the buffer and dependents in
      // the buffer are lost.
      for (int k = b0 + 1; k <= n_; ++k)
        if (gh[s0] == k) ++cost;
      for (int k = b0; k <= n_; ++k)
        if (gh[k] == s0) ++cost;
      if (gh[s0] == b0 && gl[s0] != l) ++cost;
      if (gh[s0] == 0) ++cost;  // the root word takes no head
      break;
    case kRightArc:
      // b0 takes s0 as head: another head in the stack or buffer is lost, and
      // so are b0's dependents waiting in the stack without a head.
      for (int k : stack_) {
        if (k != s0 && gh[b0] == k) ++cost;
        if (gh[k] == b0 && head_[k] < 0) ++cost;
      }
      for (int k = b0 + 1; k <= n_; ++k)
        if (gh[b0] == k) ++cost;
      if (gh[b0] == s0 && gl[b0] != l) ++cost;
      if (gh[b0] == 0) ++cost;
      break;
  }
  return cost;
}

namespace {

// True if every word strictly between the arc's ends descends from its head.
bool IsProjectiveArc(const std::vector<int>& heads, int dependent) {
  int h = heads[dependent];
  int lo = std::min(h, dependent), hi = std::max(h, dependent);
  for (int k = lo + 1; k < hi; ++k) {
    int a = k;
    int steps = 0;
    while (a > 0 && a != h && steps++ <= static_cast<int>(heads.size())) a = heads[a];
    if (a != h) return false;
  }
  return true;
}

}  // namespace

void Projectivize(std::vector<int>* heads) {
  std::vector<int>& h = *heads;
  for (int round = 0; round < static_cast<int>(h.size()) * 4; ++round) {
    int shortest = -1, length = 0;
    for (int d = 1; d < static_cast<int>(h.size()); ++d) {
      if (h[d] <= 0 || IsProjectiveArc(h, d)) continue;
      int len = std::abs(h[d] - d);
      if (shortest < 0 || len < length) shortest = d, length = len;
    }
    if (shortest < 0) return;
    h[shortest] = h[h[shortest]];
  }
}

}  // namespace ng::nlp
