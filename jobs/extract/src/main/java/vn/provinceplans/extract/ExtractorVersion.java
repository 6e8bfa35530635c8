package vn.provinceplans.extract;

import vn.provinceplans.schema.CodeVersion;

/**
 * Identifies the extraction a build performs: the {@link CodeVersion} of the extraction library itself (its classes,
 * patterns and reference data, as a jar or a classes folder). Facts cached by one build are reused only by a build
 * with the same version, so a changed pattern or rule re-extracts everything.
 */
public final class ExtractorVersion {

    private static volatile String current;

    private ExtractorVersion() {
    }

    public static String current() {
        String v = current;
        if (v == null) {
            synchronized (ExtractorVersion.class) {
                v = current;
                if (v == null) {
                    v = CodeVersion.of(CodeVersion.location(DocumentExtractor.class));
                    current = v;
                }
            }
        }
        return v;
    }
}
