package vn.provinceplans.extract.indices;

import vn.provinceplans.extract.reference.Province;

/** A province spelling a loaded index file used, with the unit it resolved to and the first file that used it. */
public record ObservedSpelling(String spelling, Province unit, String file) {
}
