package vn.provinceplans.extract.indices;

import java.util.Optional;

import vn.provinceplans.extract.text.Fold;

/**
 * The public indices the warehouse holds, with the first year each was published and the rules that split each
 * into comparable series ({@code INDEX_STRUCTURE.md} in data/indices gives the sources of every break).
 */
public enum IndexName {
    /** CECODES, RTA &amp; UNDP; all 63 provinces from 2011. 6 dimensions to 2017, 8 from 2018. */
    PAPI(2009),
    /** VCCI; first edition 2005; method updated in 2013. */
    PCI(2005),
    /** Ministry of Home Affairs; first nationwide edition 2017; policy satisfaction added in 2022. */
    SIPAS(2017),
    /** Ministry of Home Affairs; first edition 2012; new method (Quyết định 876/QĐ-BNV) from 2022. */
    PAR_INDEX(2012);

    public static final String TOTAL = "total";
    /** PAPI: the sum of the 6 core dimensions D1–D6, comparable over every year from 2011. */
    public static final String TOTAL_CORE6 = "total_core6";

    private final int firstYear;

    IndexName(int firstYear) {
        this.firstYear = firstYear;
    }

    public int firstYear() {
        return firstYear;
    }

    /** 'PAPI', 'pci', 'PAR INDEX', 'PAR_INDEX' … by folded key. */
    public static Optional<IndexName> parse(String text) {
        String key = Fold.key(text);
        for (IndexName i : values()) {
            if (Fold.key(i.name()).equals(key)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /**
     * The comparable series a value belongs to: a trend line is one (index, province, dimension, series) and never
     * crosses a series break.
     */
    public String series(int year, String dimension) {
        return switch (this) {
            case PAPI -> {
                if (dimension.equals(TOTAL)) {
                    yield year < 2018 ? "PAPI-6D-2011" : "PAPI-8D-2018";
                }
                if (dimension.equals(TOTAL_CORE6)) {
                    yield "PAPI-core6";
                }
                int d = Character.digit(dimension.charAt(1), 10);
                yield d <= 6 ? "PAPI-core6" : "PAPI-8D-2018";
            }
            case PCI -> year < 2013 ? "PCI-2005" : "PCI-2013";
            case SIPAS -> year < 2022 ? "SIPAS-2017" : "SIPAS-2022";
            case PAR_INDEX -> year < 2022 ? "PAR-2012" : "PAR-2022";
        };
    }

    /** The scale a value of this dimension is on, as published. */
    public Scale scale(String series, Dimension dimension) {
        return switch (this) {
            case PAPI -> switch (dimension.level()) {
                case Dimension.TOTAL -> series.equals("PAPI-8D-2018") ? new Scale("8-80", 8, 80)
                        : new Scale("6-60", 6, 60);
                case Dimension.DIMENSION -> new Scale("1-10", 1, 10);
                default -> new Scale("0-10 (the sub-dimensions of a dimension sum to its 1-10 score)", 0, 10);
            };
            case PCI -> dimension.level().equals(Dimension.TOTAL) ? new Scale("0-100", 0, 100)
                    : new Scale("1-10", 1, 10);
            case SIPAS, PAR_INDEX -> new Scale("0-100 %", 0, 100);
        };
    }

    /** A published scale: its label and the range a valid value lies in. */
    public record Scale(String label, double min, double max) {

        public boolean contains(double value) {
            return value >= min && value <= max;
        }
    }
}
