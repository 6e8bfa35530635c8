package vn.provinceplans.extract;

import vn.provinceplans.extract.header.DocumentHeader;

/** Everything extracted from one document's text. */
public record DocumentFacts(DocumentHeader header) {
}
