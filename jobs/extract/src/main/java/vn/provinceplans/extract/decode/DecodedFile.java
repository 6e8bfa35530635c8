package vn.provinceplans.extract.decode;

/**
 * What became of one input file: its normalised text and how it was read, or why it could not be read.
 * Exactly one of {@code text} and {@code rejectReason} is set.
 */
public record DecodedFile(String sourceFormat, String encoding, String text, String rejectReason) {

    public static DecodedFile loaded(String sourceFormat, String encoding, String text) {
        return new DecodedFile(sourceFormat, encoding, text, null);
    }

    public static DecodedFile rejected(String sourceFormat, String encoding, String reason) {
        return new DecodedFile(sourceFormat, encoding, null, reason);
    }

    public boolean isLoaded() {
        return text != null;
    }
}
