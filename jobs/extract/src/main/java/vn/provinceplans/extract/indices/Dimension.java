package vn.provinceplans.extract.indices;

/**
 * A scored part of an index: the composite ({@code total}, {@code total_core6}), a dimension ({@code D1}, a PCI
 * sub-index such as {@code entry_costs}) or a sub-dimension ({@code D1.1}).
 *
 * @param parent the dimension a sub-dimension belongs to; NULL otherwise
 */
public record Dimension(String code, String name, String level, String parent) {

    public static final String TOTAL = "total";
    public static final String DIMENSION = "dimension";
    public static final String SUB_DIMENSION = "sub_dimension";
}
