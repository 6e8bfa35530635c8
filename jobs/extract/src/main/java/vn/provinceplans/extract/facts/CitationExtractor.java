package vn.provinceplans.extract.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.provinceplans.extract.document.DocumentText;
import vn.provinceplans.extract.header.DocNumbers;
import vn.provinceplans.extract.header.DocumentHeader;
import vn.provinceplans.extract.patterns.AnchoredScan;
import vn.provinceplans.extract.patterns.PatternLibrary;
import vn.provinceplans.extract.text.Fold;

/**
 * Every document number a text cites ({@code cited_number} pattern), once per number, with its kind, issuer, year
 * and date read from the words around the first mention that gives them. The document's own number is left out;
 * mentions in a website's related-document lists and metadata blocks keep the citation with {@code inBody=false}
 * unless the document's own text cites it too.
 */
public final class CitationExtractor {

    /** The type word and 'số' sit right before the number; a named law ('Luật … số') may reach further. */
    private static final int KIND_LOOKBACK = 40;
    private static final int LAW_LOOKBACK = 110;
    private static final int AFTER_WINDOW = 80;
    private static final int ISSUER_MAX_WORDS = 14;

    /** Kind from the type word before the number (folded, single spaces). */
    private static final Map<String, String> KIND_BY_WORD = Map.ofEntries(
            Map.entry("ke hoach", "KH"), Map.entry("ke hoach lien tich", "KH"), Map.entry("chi thi", "CT"),
            Map.entry("quyet dinh", "QD"), Map.entry("bao cao", "BC"), Map.entry("nghi quyet", "NQ"),
            Map.entry("nghi quyet lien tich", "NQ"), Map.entry("cong van", "CV"), Map.entry("cong dien", "CV"),
            Map.entry("thong bao", "TB"), Map.entry("thong bao ket luan", "TB"), Map.entry("huong dan", "HD"),
            Map.entry("ket luan", "KL"), Map.entry("nghi dinh", "ND"), Map.entry("thong tu", "TT"),
            Map.entry("thong tu lien tich", "TT"), Map.entry("phap lenh", "PL"), Map.entry("bo luat", "LUAT"),
            Map.entry("luat", "LUAT"), Map.entry("quy che", "QC"), Map.entry("quy che phoi hop", "QC"),
            Map.entry("quy dinh", "QC"), Map.entry("chuong trinh", "CTR"), Map.entry("chuong trinh phoi hop", "CTR"),
            Map.entry("chuong trinh hanh dong", "CTR"), Map.entry("chuong trinh cong tac", "CTR"));
    /** Kind from the first code segment of the number. */
    private static final Map<String, String> KIND_BY_CODE = Map.ofEntries(
            Map.entry("KH", "KH"), Map.entry("KHLT", "KH"), Map.entry("CT", "CT"), Map.entry("QĐ", "QD"),
            Map.entry("QD", "QD"), Map.entry("BC", "BC"), Map.entry("NQ", "NQ"), Map.entry("NQLT", "NQ"),
            Map.entry("CV", "CV"), Map.entry("CĐ", "CV"), Map.entry("TB", "TB"), Map.entry("HD", "HD"),
            Map.entry("HDLT", "HD"), Map.entry("KL", "KL"), Map.entry("NĐ", "ND"), Map.entry("ND", "ND"),
            Map.entry("TT", "TT"), Map.entry("TTLT", "TT"), Map.entry("PL", "PL"), Map.entry("QC", "QC"),
            Map.entry("QCPH", "QC"), Map.entry("QCPC", "QC"), Map.entry("QyĐ", "QC"), Map.entry("QĐi", "QC"),
            Map.entry("CTr", "CTR"), Map.entry("CTR", "CTR"));
    /** Issuers that the last code segment names unambiguously. */
    private static final Map<String, String> ISSUER_BY_CODE = Map.of("TTg", "Thủ tướng Chính phủ", "CP", "Chính phủ",
            "TTCP", "Thanh tra Chính phủ", "BNV", "Bộ Nội vụ");
    private static final Pattern NATIONAL_ASSEMBLY = Pattern.compile("QH\\d*");
    private static final Pattern STANDING_COMMITTEE = Pattern.compile("UBTVQH\\d*");
    private static final Pattern LEADING_YEAR = Pattern.compile("^/(?:19|20)\\d{2}");
    private static final Pattern MEETING = Pattern.compile("^\\s*nghị(?:\\s+lần\\s+thứ\\s+\\S+)?");
    private static final Pattern EMBEDDED_YEAR = Pattern.compile("^\\d+/((?:19|20)\\d{2})/");
    /** Lower-case words that occur inside the names of public bodies. */
    private static final Set<String> ORGAN_WORDS = Set.of("nhan", "dan", "can", "su", "dang", "hanh", "chap", "thuong",
            "vu", "tinh", "huyen", "xa", "thanh", "pho", "thi", "tran", "phuong", "quan", "va", "uy", "chinh", "tri",
            "phu", "tich", "thu", "bo", "tra", "phong", "giao", "tuyen", "ban", "truong", "uong", "tuong", "van", "hoi",
            "dong", "quoc", "kiem", "mat");
    /**
     * Words that start what follows the issuer, not the issuer: the subject ('về …', 'tại …') or a law named
     * next; the next cited document ('… của Ban Bí thư và Hướng dẫn số …') is recognised by its two-word type name.
     */
    private static final Set<String> PREDICATE_STARTS = Set.of("ve", "v", "luat", "tai", "theo", "nham");
    /** Two-word type names that start the next cited document; one word alone may be a name ('Hồ Chí Minh'). */
    private static final Set<String> NEXT_DOCUMENT = Set.of("huong dan", "ke hoach", "quyet dinh", "chi thi",
            "thong bao", "thong tu", "ket luan", "chuong trinh", "phap lenh", "de an", "nghi quyet", "nghi dinh",
            "quy dinh", "quy che", "to trinh", "cong van", "bo luat");
    private static final Set<String> TRAILING_CONNECTORS = Set.of("va", "ban", "cua");

    private final PatternLibrary patterns = PatternLibrary.get();
    private final Pattern number = patterns.pattern("cited_number");
    /** A number starts at a digit: the regex is tried only there. */
    private final AnchoredScan numberScan = new AnchoredScan(number);
    private final Pattern kindBefore = patterns.pattern("cited_kind_before");
    private final Pattern lawBefore = patterns.pattern("cited_law_before");
    private final AnchoredScan kindBeforeScan = new AnchoredScan(kindBefore);
    private final AnchoredScan lawBeforeScan = new AnchoredScan(lawBefore);
    private final Pattern dateAfter = patterns.pattern("cited_date_after");
    private final Pattern yearAfter = patterns.pattern("cited_year_after");
    private final Pattern issuerLead = patterns.pattern("cited_issuer_lead");

    public List<Citation> extract(DocumentText doc, DocumentHeader header) {
        String text = doc.text();
        String folded = doc.folded();
        Spans spans = new Spans(text);
        String own = header.docNumber() == null ? null : normalize(header.docNumber());
        Map<String, Acc> byNumber = new LinkedHashMap<>();
        numberScan.forEach(text, m -> {
            String raw = m.group("v");
            String cited = normalize(raw);
            int start = m.start("v");
            int end = m.end("v");
            if (!looksLikeANumber(cited) || cited.equals(own) && !anotherDocument(doc, header, start, end)) {
                return true;
            }
            Mention mention = new Mention(doc.inBody(start), kind(folded, start, cited), dateAfter(folded, end),
                    yearAfter(folded, end), issuer(text, folded, end), start, end);
            byNumber.computeIfAbsent(cited, Acc::new).add(mention);
            return true;
        });
        List<Citation> out = new ArrayList<>(byNumber.size());
        for (Acc a : byNumber.values()) {
            out.add(a.toCitation(spans));
        }
        return out;
    }

    /**
     * Numbers repeat across issuers: a commune's plan 95/KH-UBND may implement the district's 95/KH-UBND. The own
     * number cited in the body with a date that is not the document's own date of issue is that other document.
     */
    private boolean anotherDocument(DocumentText doc, DocumentHeader header, int start, int end) {
        LocalDate date = dateAfter(doc.folded(), end);
        return doc.inBody(start) && date != null && header.issueDate() != null && !date.equals(header.issueDate());
    }

    /** NFC, no whitespace, no trailing punctuation, look-alike letters and dashes made canonical. */
    static String normalize(String raw) {
        String n = DocNumbers.normalize(java.text.Normalizer.normalize(raw, java.text.Normalizer.Form.NFC));
        return n.replace('Ð', 'Đ').replace('ð', 'đ').replace('–', '-');
    }

    /**
     * A code is letters in upper case with at most as many lower-case ones ('TTg', 'CTr'), two capitals at least
     * over all segments: '5/Khu' or '3-A' are addresses, not numbers.
     */
    static boolean looksLikeANumber(String n) {
        int slash = 0;
        while (slash < n.length() && Character.isDigit(n.charAt(slash))) {
            slash++;
        }
        String rest = n.substring(slash);
        Matcher y = LEADING_YEAR.matcher(rest);
        if (y.find()) {
            rest = rest.substring(y.end());
        }
        int capitals = 0;
        for (String segment : rest.split("[/-]")) {
            int upper = 0;
            int lower = 0;
            for (int i = 0; i < segment.length(); i++) {
                char c = segment.charAt(i);
                if (Character.isUpperCase(c)) {
                    upper++;
                } else if (Character.isLowerCase(c)) {
                    lower++;
                }
            }
            if (!segment.isEmpty() && lower > upper) {
                return false;
            }
            capitals += upper;
        }
        return capitals >= 2;
    }

    private String kind(String folded, int start, String cited) {
        String[] word = new String[1];
        kindBeforeScan.forEach(folded.substring(Math.max(0, start - KIND_LOOKBACK), start), k -> {
            word[0] = k.group("v").replaceAll("\\s+", " ");
            return false;
        });
        if (word[0] != null) {
            String kind = KIND_BY_WORD.get(word[0]);
            return kind != null ? kind : "other";
        }
        boolean[] law = new boolean[1];
        lawBeforeScan.forEach(folded.substring(Math.max(0, start - LAW_LOOKBACK), start), k -> {
            law[0] = true;
            return false;
        });
        if (law[0]) {
            return "LUAT";
        }
        return kindFromCode(cited);
    }

    static String kindFromCode(String cited) {
        String rest = cited.replaceFirst("^\\d+(?:/(?:19|20)\\d{2})?[/-]", "");
        String first = rest.split("[/-]")[0];
        // '10/2022/QH15' may be a law or a resolution of the National Assembly: the code alone does not say.
        return KIND_BY_CODE.getOrDefault(first, "other");
    }

    private LocalDate dateAfter(String folded, int end) {
        Matcher d = dateAfter.matcher(folded);
        d.region(end, Math.min(folded.length(), end + AFTER_WINDOW));
        d.useAnchoringBounds(true);
        if (d.lookingAt()) {
            return Dates.of(d.group("y"), d.group("m"), d.group("d"));
        }
        return null;
    }

    private Integer yearAfter(String folded, int end) {
        Matcher y = yearAfter.matcher(folded);
        y.region(end, Math.min(folded.length(), end + 20));
        if (y.lookingAt()) {
            return Integer.parseInt(y.group("v"));
        }
        return null;
    }

    /** The body named after 'của' / 'giữa' right after the number (and its date), in the original spelling. */
    private String issuer(String text, String folded, int end) {
        int from = end;
        Matcher d = dateAfter.matcher(folded);
        d.region(end, Math.min(folded.length(), end + AFTER_WINDOW));
        if (d.lookingAt()) {
            from = d.end();
        }
        Matcher lead = issuerLead.matcher(folded);
        lead.region(from, Math.min(folded.length(), from + 20));
        if (!lead.lookingAt()) {
            return null;
        }
        return organName(text, lead.end(), ISSUER_MAX_WORDS);
    }

    /**
     * Reads the name of a body from {@code start}: capitalised words and the lower-case words of organ names
     * ('Ủy ban nhân dân tỉnh', 'Ban cán sự đảng'), until a word that starts the rest of the sentence. 'Hội nghị …'
     * names the meeting of a body: the body is what follows. 'Ủy ban nhân dân' and 'Hội đồng nhân dân' are written
     * UBND and HĐND.
     */
    static String organName(String text, int start, int maxWords) {
        List<String> words = new ArrayList<>();
        int i = start;
        int n = text.length();
        int limit = Math.min(n, start + 160);
        boolean stop = false;
        while (i < limit && !stop && words.size() < maxWords) {
            while (i < limit && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\n')) {
                i++;
            }
            int j = i;
            while (j < limit && !Character.isWhitespace(text.charAt(j))) {
                j++;
            }
            if (j == i) {
                break;
            }
            String token = text.substring(i, j);
            i = j;
            if ((token.equals("-") || token.equals("–")) && !words.isEmpty()
                    && Character.isUpperCase(nextKeyOriginal(text, i))) {
                words.add("-"); // 'UBND tỉnh Bà Rịa - Vũng Tàu'
                continue;
            }
            if (token.startsWith("(") && token.endsWith(")") && token.length() > 2
                    && Fold.isUpperCase(token.substring(1, token.length() - 1))) {
                continue; // '(UBND)' after the name written out
            }
            String word = token;
            int cut = word.length();
            while (cut > 0 && ",;:.)]”\"'".indexOf(word.charAt(cut - 1)) >= 0) {
                cut--;
            }
            if (cut < word.length()) {
                stop = true;
                word = word.substring(0, cut);
            }
            if (word.isEmpty() || !word.chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
                break;
            }
            String key = Fold.key(word);
            boolean capital = Character.isUpperCase(word.charAt(0));
            if (words.isEmpty() && key.equals("hoi") && Fold.key(text.substring(i, Math.min(n, i + 6))).startsWith("nghi")) {
                // 'Hội nghị [lần thứ sáu] Ban Chấp hành …': skip the meeting, keep the body.
                i = skipMeeting(text, i);
                continue;
            }
            if (key.equals("ban") && !words.isEmpty() && Fold.key(words.get(words.size() - 1)).equals("uy")) {
                String next = nextKey(text, i);
                if (!Set.of("nhan", "thuong", "mat", "kiem").contains(next)) {
                    break; // 'Tỉnh Ủy ban hành …' is a verb, not 'Ủy ban …'
                }
            } else if (key.equals("ban") && !capital) {
                break;
            }
            if (!capital && !ORGAN_WORDS.contains(key) || PREDICATE_STARTS.contains(key)
                    || NEXT_DOCUMENT.contains(key + " " + nextKey(text, i))) {
                break;
            }
            words.add(word);
        }
        while (!words.isEmpty() && (TRAILING_CONNECTORS.contains(Fold.key(words.get(words.size() - 1)))
                || words.get(words.size() - 1).equals("-"))) {
            words.remove(words.size() - 1);
        }
        if (words.isEmpty()) {
            return null;
        }
        String name = String.join(" ", words);
        name = name.replaceAll("(?i)Ủy ban nhân dân|Uỷ ban nhân dân", "UBND")
                .replaceAll("(?i)Hội đồng nhân dân", "HĐND");
        return name;
    }

    private static int skipMeeting(String text, int i) {
        // after 'Hội': skip 'nghị', then an optional 'lần thứ X' or 'Trung ương N'
        String rest = text.substring(i, Math.min(text.length(), i + 40));
        Matcher m = MEETING.matcher(rest);
        return m.find() ? i + m.end() : i;
    }

    /** First character of the next word, or a space when there is none. */
    private static char nextKeyOriginal(String text, int i) {
        int a = i;
        while (a < text.length() && Character.isWhitespace(text.charAt(a))) {
            a++;
        }
        return a < text.length() ? text.charAt(a) : ' ';
    }

    private static String nextKey(String text, int i) {
        int a = i;
        while (a < text.length() && Character.isWhitespace(text.charAt(a))) {
            a++;
        }
        int b = a;
        while (b < text.length() && !Character.isWhitespace(text.charAt(b))) {
            b++;
        }
        return Fold.key(text.substring(a, b));
    }

    /** What the code says about the issuer when the text does not: central bodies only. */
    static String issuerFromCode(String cited) {
        String[] segments = cited.split("[/-]");
        String last = segments[segments.length - 1];
        String issuer = ISSUER_BY_CODE.get(last);
        if (issuer != null) {
            return issuer;
        }
        if (STANDING_COMMITTEE.matcher(last).matches()) {
            return "Ủy ban Thường vụ Quốc hội";
        }
        if (NATIONAL_ASSEMBLY.matcher(last).matches()) {
            return "Quốc hội";
        }
        return null;
    }

    /** One appearance of a number; its context snippet is cut only for the mention a citation keeps. */
    private record Mention(boolean inBody, String kind, LocalDate date, Integer yearAfter, String issuer, int start,
                           int end) {
    }

    /** All mentions of one number; body mentions are read first. */
    private static final class Acc {
        final String number;
        final List<Mention> mentions = new ArrayList<>();

        Acc(String number) {
            this.number = number;
        }

        void add(Mention m) {
            mentions.add(m);
        }

        Citation toCitation(Spans spans) {
            List<Mention> ordered = new ArrayList<>();
            mentions.stream().filter(Mention::inBody).forEach(ordered::add);
            mentions.stream().filter(m -> !m.inBody()).forEach(ordered::add);
            boolean inBody = ordered.get(0).inBody();
            String kind = ordered.stream().map(Mention::kind).filter(k -> !"other".equals(k)).findFirst()
                    .orElse("other");
            LocalDate date = ordered.stream().map(Mention::date).filter(java.util.Objects::nonNull).findFirst()
                    .orElse(null);
            String issuer = ordered.stream().map(Mention::issuer).filter(java.util.Objects::nonNull).findFirst()
                    .orElse(issuerFromCode(number));
            Integer year = null;
            Matcher y = EMBEDDED_YEAR.matcher(number);
            if (y.find()) {
                year = Integer.parseInt(y.group(1));
            } else if (date != null) {
                year = date.getYear();
            } else {
                year = ordered.stream().map(Mention::yearAfter).filter(java.util.Objects::nonNull).findFirst()
                        .orElse(null);
            }
            Mention first = ordered.get(0);
            return new Citation(number, kind, issuer, year, date, inBody, spans.snippet(first.start(), first.end()),
                    mentions.size());
        }
    }
}
