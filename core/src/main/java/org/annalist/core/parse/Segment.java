package org.annalist.core.parse;

/** A half-open range {@code [begin, end)} of the text being parsed; immutable. */
record Segment(int begin, int end) {

  Segment {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("segment [" + begin + ", " + end + ") is not a range");
    }
  }

  int length() {
    return end - begin;
  }

  boolean isEmpty() {
    return begin == end;
  }
}
