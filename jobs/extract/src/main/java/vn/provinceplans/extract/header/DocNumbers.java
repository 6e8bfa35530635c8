package vn.provinceplans.extract.header;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Normalising document numbers and reading the document type from their code. */
public final class DocNumbers {

    private static final Map<String, String> TYPE_BY_CODE = Map.of("KH", "KH", "CT", "CT", "QĐ", "QD", "QD", "QD",
            "BC", "BC", "NQ", "NQ", "CV", "CV", "TB", "TB", "HD", "HD");
    /** Type codes of documents outside the closed vocabulary (conclusions, regulations, decrees, laws …). */
    private static final Set<String> OTHER_TYPE_CODES = Set.of("KL", "QC", "QCPH", "QCPC", "CTr", "CTR", "TTr",
            "TTR", "ĐA", "DA", "NĐ", "ND", "TT", "TTLT", "PL", "L", "HĐ", "BB", "GM", "PA", "QyĐ", "QY", "TTg", "CĐ",
            "ĐT", "KT", "QĐi", "HDLT", "NQLT", "BCĐ", "KLTT");
    private static final Pattern LAW_CODE = Pattern.compile("QH\\d+|UBTVQH\\d+");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\d+[a-z]?(?:/(?:19|20)\\d{2})?");

    private DocNumbers() {
    }

    /** '120 -KL/TW.' → '120-KL/TW': no inner spaces, no trailing punctuation. */
    public static String normalize(String number) {
        String n = number.replaceAll("\\s+", "");
        while (!n.isEmpty() && ".,;:)]".indexOf(n.charAt(n.length() - 1)) >= 0) {
            n = n.substring(0, n.length() - 1);
        }
        return n;
    }

    /**
     * The doc_type its code gives: KH, CT, QD, BC, NQ, CV, TB, HD or other; CV for a number with no type code
     * (official letters are numbered '5451/UBND-CNXD'); null when the number is not of the usual shape.
     */
    public static String typeOf(String number) {
        String rest = LEADING_NUMBER.matcher(normalize(number)).replaceFirst("");
        if (rest.length() < 2) {
            return null;
        }
        String code = rest.substring(1).split("[/-]")[0];
        String type = TYPE_BY_CODE.get(code);
        if (type != null) {
            return type;
        }
        if (OTHER_TYPE_CODES.contains(code) || LAW_CODE.matcher(code).matches()) {
            return "other";
        }
        return "CV";
    }

    /** True when the code names a type explicitly (so it outranks the title word). */
    public static boolean hasTypeCode(String number) {
        String type = typeOf(number);
        return type != null && !"CV".equals(type) || number.contains("/CV-") || number.contains("-CV/");
    }
}
