package vn.provinceplans.extract.indices;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dimensions of every index: PAPI's from its codebooks (C01–C08 → D1–D8, SC11–SC83 → D1.1–D8.3), PCI's ten
 * sub-indices as pcivietnam.vn labels them, and each index's composite.
 */
public final class Dimensions {

    /** PCI sub-indices in the order pcivietnam.vn lists them: code, English name, Vietnamese label. */
    static final String[][] PCI_SUB_INDICES = {
        {"entry_costs", "Entry costs", "Gia nhập thị trường"},
        {"land_access", "Land access and security of tenure", "Tiếp cận đất đai"},
        {"transparency", "Transparency", "Tính minh bạch"},
        {"time_costs", "Time costs", "Chi phí thời gian"},
        {"informal_charges", "Informal charges", "Chi phí không chính thức"},
        {"policy_bias", "Policy bias (fair competition)", "Cạnh tranh bình đẳng"},
        {"proactivity", "Proactivity", "Tính năng động"},
        {"business_support", "Business support services", "Dịch vụ hỗ trợ doanh nghiệp"},
        {"labor_training", "Labor training", "Đào tạo lao động"},
        {"legal_institutions", "Legal institutions, and law and order", "Thiết chế pháp lý & ANTT"},
    };

    private static final Pattern PAPI_CODE = Pattern.compile("D(\\d)(?:\\.(\\d))?");

    private final Map<IndexName, Map<String, Dimension>> byIndex = new EnumMap<>(IndexName.class);

    /**
     * @param papiDimensions    PAPI dimension names by codebook code (C01 → Participation …)
     * @param papiSubDimensions PAPI sub-dimension names by codebook code (SC11 → Civic Knowledge …)
     */
    public Dimensions(Map<String, String> papiDimensions, Map<String, String> papiSubDimensions) {
        Map<String, Dimension> papi = new LinkedHashMap<>();
        papi.put(IndexName.TOTAL, new Dimension(IndexName.TOTAL, "PAPI composite: sum of the year's dimensions",
                Dimension.TOTAL, null));
        papi.put(IndexName.TOTAL_CORE6, new Dimension(IndexName.TOTAL_CORE6,
                "Sum of the 6 core dimensions D1-D6 (comparable 2011-2024)", Dimension.TOTAL, null));
        papiDimensions.forEach((c, name) -> {
            String code = papiDimension(c);
            papi.put(code, new Dimension(code, name, Dimension.DIMENSION, null));
        });
        papiSubDimensions.forEach((c, name) -> {
            String code = papiSubDimension(c);
            String parent = code.substring(0, code.indexOf('.'));
            if (!papi.containsKey(parent)) {
                throw new IllegalStateException("PAPI sub-dimension " + c + " belongs to no dimension in the codebook");
            }
            papi.put(code, new Dimension(code, name, Dimension.SUB_DIMENSION, parent));
        });
        byIndex.put(IndexName.PAPI, papi);

        Map<String, Dimension> pci = new LinkedHashMap<>();
        pci.put(IndexName.TOTAL, new Dimension(IndexName.TOTAL, "PCI composite: weighted sum of the 10 sub-indices",
                Dimension.TOTAL, null));
        for (String[] s : PCI_SUB_INDICES) {
            pci.put(s[0], new Dimension(s[0], s[1] + " (" + s[2] + ")", Dimension.DIMENSION, null));
        }
        byIndex.put(IndexName.PCI, pci);
        byIndex.put(IndexName.SIPAS, Map.of(IndexName.TOTAL, new Dimension(IndexName.TOTAL,
                "SIPAS: citizens' satisfaction with public administrative services", Dimension.TOTAL, null)));
        byIndex.put(IndexName.PAR_INDEX, Map.of(IndexName.TOTAL, new Dimension(IndexName.TOTAL,
                "PAR INDEX: public administration reform index", Dimension.TOTAL, null)));
    }

    public Optional<Dimension> get(IndexName index, String code) {
        return Optional.ofNullable(byIndex.get(index).get(code));
    }

    public Dimension require(IndexName index, String code) {
        return get(index, code).orElseThrow(() -> new IllegalArgumentException(index + " has no dimension " + code));
    }

    public List<Dimension> of(IndexName index) {
        return new ArrayList<>(byIndex.get(index).values());
    }

    /** PAPI codebook C01 → D1. */
    public static String papiDimension(String codebookCode) {
        if (!codebookCode.matches("C0\\d")) {
            throw new IllegalArgumentException("not a PAPI dimension code: '" + codebookCode + "'");
        }
        return "D" + codebookCode.charAt(2);
    }

    /** PAPI codebook SC11 → D1.1. */
    public static String papiSubDimension(String codebookCode) {
        if (!codebookCode.matches("SC\\d\\d")) {
            throw new IllegalArgumentException("not a PAPI sub-dimension code: '" + codebookCode + "'");
        }
        return "D" + codebookCode.charAt(2) + "." + codebookCode.charAt(3);
    }

    /** 'D6.1_public_health' → 'D6.1'; 'D2_transparency' → 'D2'; anything else → empty. */
    public static Optional<String> papiCodeOf(String metric) {
        int cut = metric.indexOf('_');
        Matcher m = PAPI_CODE.matcher(cut < 0 ? metric : metric.substring(0, cut));
        return m.matches() ? Optional.of(m.group()) : Optional.empty();
    }
}
